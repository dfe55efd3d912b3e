#include "cli/streamedjson.h"

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

void writeWithStreamedArray(std::ostream& out, const std::string& text, std::size_t count,
                            const std::function<nlohmann::json(std::size_t)>& entry, std::size_t extraIndent)
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
        out << '[';
        for (std::size_t i = 0; i < count && out; ++i) {
            out << (i == 0 ? "\n" : ",\n") << std::string(keyIndent + 2, ' ');
            writeIndented(out, entry(i).dump(2), keyIndent + 2);
        }
        out << '\n' << std::string(keyIndent, ' ') << ']';
    }
    writeIndented(out, text.substr(at + quoted.size()), extraIndent);
}

} // namespace moe::cli
