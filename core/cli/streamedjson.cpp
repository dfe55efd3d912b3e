#include "cli/streamedjson.h"

#include <nlohmann/json.hpp>

namespace moe::cli {

namespace {

// Writes `text` with `indent` spaces after every line break.
void writeIndented(std::ostream& out, const std::string& text, std::size_t indent)
{
    const std::string pad(indent, ' ');
    std::size_t start = 0;
    for (std::size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
        out.write(text.data() + start, static_cast<std::streamsize>(end + 1 - start));
        out << pad;
        start = end + 1;
    }
    out.write(text.data() + start, static_cast<std::streamsize>(text.size() - start));
}

} // namespace

const std::string& streamedArrayPlaceholder()
{
    static const std::string placeholder = "\x01streamed array\x01";
    return placeholder;
}

void writeWithStreamedText(std::ostream& out, const std::string& text, std::size_t count,
                           const std::function<void(std::string&, std::size_t, std::size_t)>& append,
                           std::size_t extraIndent)
{
    const std::string quoted = nlohmann::json(streamedArrayPlaceholder()).dump();  // as dump() escapes it
    const std::size_t at = text.find(quoted);
    if (at == std::string::npos) {
        writeIndented(out, text, extraIndent);
        return;
    }
    // The key's own indentation; entries go two deeper, as dump(2) puts them.
    const std::size_t lineStart = text.rfind('\n', at) + 1;
    const std::size_t keyIndent = text.find_first_not_of(' ', lineStart) - lineStart + extraIndent;
    writeIndented(out, text.substr(0, at), extraIndent);
    if (count == 0) {
        out << "[]";
    } else {
        // One write per megabyte rather than several per entry: a million entries at the cap.
        constexpr std::size_t kBlock = 1 << 20;
        std::string buffer;
        buffer.reserve(kBlock + 4096);
        buffer += '[';
        for (std::size_t i = 0; i < count && out; ++i) {
            buffer += i == 0 ? "\n" : ",\n";
            buffer.append(keyIndent + 2, ' ');
            append(buffer, i, keyIndent + 2);
            if (buffer.size() >= kBlock) {
                out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
                buffer.clear();
            }
        }
        buffer += '\n';
        buffer.append(keyIndent, ' ');
        buffer += ']';
        out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    }
    writeIndented(out, text.substr(at + quoted.size()), extraIndent);
}

} // namespace moe::cli
