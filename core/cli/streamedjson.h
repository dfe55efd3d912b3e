#pragma once

// Writes a JSON document whose one long array (the per-GPU list: a million entries at
// the GPU cap) is streamed entry by entry instead of held as a nlohmann::json tree,
// which takes about a kilobyte per entry and, when memory runs out, aborts while being
// destroyed. The text is exactly what json.dump(2) would give.

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>

namespace moe::cli {

// A string value to put where the streamed array goes.
const std::string& streamedArrayPlaceholder();

// `text` is a document dumped with indent 2 holding streamedArrayPlaceholder() once (as
// the value of a key); writes it with that value replaced by the array of `count`
// entries: `append(buffer, i, indent)` appends entry i as dump(2) would give it, every
// line after its first indented by `indent` spaces. `extraIndent` spaces are put before
// every line of `text` but the first (for a document nested in another). The text goes
// out in blocks of about a megabyte.
void writeWithStreamedText(std::ostream& out, const std::string& text, std::size_t count,
                           const std::function<void(std::string&, std::size_t, std::size_t)>& append,
                           std::size_t extraIndent = 0);

} // namespace moe::cli
