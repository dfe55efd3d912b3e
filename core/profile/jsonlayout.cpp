#include "profile/jsonlayout.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "profile/jsonreader.h"

namespace moe {

namespace {

using nlohmann::json;

// A recursive-descent walk over text the parser already accepted; nesting is bounded
// by kMaxProfileDepth, checked before parsing.
class LayoutReader {
public:
    explicit LayoutReader(std::string_view text)
        : m_text(text)
    {
    }

    JsonLayout read()
    {
        m_layout.newline = m_text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
        m_layout.prefix = space();
        value("");
        m_layout.suffix = std::string(m_text.substr(std::min(m_pos, m_text.size())));
        return std::move(m_layout);
    }

private:
    // White space; a UTF-8 byte-order mark counts as such at the start.
    std::string space()
    {
        const std::size_t start = m_pos;
        if (m_pos == 0 && m_text.starts_with("\xEF\xBB\xBF")) {
            m_pos = 3;
        }
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n'
                                         || m_text[m_pos] == '\r')) {
            ++m_pos;
        }
        return std::string(m_text.substr(start, m_pos - start));
    }

    std::string_view stringToken()
    {
        const std::size_t start = m_pos++;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            m_pos += m_text[m_pos] == '\\' ? 2 : 1;
        }
        ++m_pos;
        return m_text.substr(start, m_pos - start);
    }

    void value(const std::string& pointer)
    {
        if (m_pos >= m_text.size()) {
            return;
        }
        const char c = m_text[m_pos];
        if (c == '{') {
            object(pointer);
        } else if (c == '[') {
            array(pointer);
        } else {
            scalar(pointer);
        }
    }

    void object(const std::string& pointer)
    {
        JsonLayout::Container container;
        ++m_pos;
        std::string before = space();
        while (m_pos < m_text.size() && m_text[m_pos] == '"') {
            const std::string key = json::parse(stringToken()).get<std::string>();
            const std::string beforeColon = space();
            ++m_pos;  // ':'
            const std::string afterColon = space();
            if (container.keys.empty()) {
                container.beforeColon = beforeColon;
                container.afterColon = afterColon;
            }
            container.keys.push_back(key);
            container.before.push_back(std::move(before));
            value(pointer + "/" + detail::pointerToken(key));
            before = space();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                before = space();
            }
        }
        container.beforeClose = std::move(before);
        ++m_pos;  // '}'
        m_layout.containers[pointer] = std::move(container);
    }

    void array(const std::string& pointer)
    {
        JsonLayout::Container container;
        ++m_pos;
        container.beforeFirst = space();
        std::string after;
        bool any = false;
        bool betweenSeen = false;
        for (std::size_t index = 0; m_pos < m_text.size() && m_text[m_pos] != ']'; ++index) {
            any = true;
            value(pointer + "/" + std::to_string(index));
            after = space();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                std::string next = space();
                if (!betweenSeen) {
                    container.between = std::move(next);
                    betweenSeen = true;
                }
                after.clear();
            }
        }
        container.beforeClose = any ? after : container.beforeFirst;
        ++m_pos;  // ']'
        m_layout.containers[pointer] = std::move(container);
    }

    void scalar(const std::string& pointer)
    {
        const std::size_t start = m_pos;
        if (m_text[m_pos] == '"') {
            stringToken();
        } else {
            while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '}' && m_text[m_pos] != ']'
                   && !std::isspace(static_cast<unsigned char>(m_text[m_pos]))) {
                ++m_pos;
            }
        }
        const std::string_view token = m_text.substr(start, m_pos - start);
        // Whole numbers in the plain form nlohmann writes need no entry: a 15 MB measured
        // load table is millions of them.
        const bool plainInteger = !token.empty() && token.front() != '0'
            && std::all_of(token.begin() + (token.front() == '-' ? 1 : 0), token.end(),
                           [](char d) { return d >= '0' && d <= '9'; });
        if (plainInteger || token == "0" || token == "true" || token == "false" || token == "null") {
            return;
        }
        // Numbers through from_chars (no lexer, no locale): millions of them in a
        // measured table; anything else (strings, odd spellings) through the parser.
        double number = 0;
        const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), number);
        const bool simple = error == std::errc() && end == token.data() + token.size();
        if ((simple ? json(number).dump() : json::parse(token).dump()) != token) {
            m_layout.spellings[pointer] = std::string(token);
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    JsonLayout m_layout;
};

class LayoutWriter {
public:
    explicit LayoutWriter(const JsonLayout* layout)
        : m_layout(layout)
        , m_newline(layout ? layout->newline : "\n")
    {
    }

    void value(const json& v, const std::string& pointer, int depth)
    {
        const JsonLayout::Container* known = nullptr;
        if (m_layout) {
            if (const auto it = m_layout->containers.find(pointer); it != m_layout->containers.end()) {
                known = &it->second;
            }
        }
        if (v.is_object()) {
            object(v, pointer, depth, known);
        } else if (v.is_array()) {
            array(v, pointer, depth, known);
        } else {
            scalar(v, pointer);
        }
    }

    std::string take() { return std::move(m_out); }

private:
    std::string indent(int depth) const { return m_newline + std::string(static_cast<std::size_t>(depth) * 2, ' '); }

    void object(const json& v, const std::string& pointer, int depth, const JsonLayout::Container* known)
    {
        if (v.empty()) {
            m_out += known && known->keys.empty() ? "{" + known->beforeClose + "}" : "{}";
            return;
        }
        std::vector<std::string> order;
        if (known) {
            for (const std::string& key : known->keys) {
                if (v.contains(key)) {
                    order.push_back(key);
                }
            }
        }
        for (const auto& [key, member] : v.items()) {
            if (std::find(order.begin(), order.end(), key) == order.end()) {
                order.push_back(key);
            }
        }
        std::string lastBefore = indent(depth + 1);
        m_out += '{';
        bool first = true;
        for (const std::string& key : order) {
            std::string before = lastBefore;
            if (known) {
                if (const auto it = std::find(known->keys.begin(), known->keys.end(), key); it != known->keys.end()) {
                    before = known->before[static_cast<std::size_t>(it - known->keys.begin())];
                } else if (!known->before.empty()) {
                    before = known->before.back();  // laid out like the file's last member
                }
                // A member that followed a comma in the file but now comes first (or
                // the reverse) keeps its white space; only the commas move.
            }
            if (!first) {
                m_out += ',';
            }
            first = false;
            m_out += before;
            m_out += json(key).dump();
            m_out += known ? known->beforeColon + ":" + known->afterColon : std::string(": ");
            value(v.at(key), pointer + "/" + detail::pointerToken(key), depth + 1);
            lastBefore = before;
        }
        m_out += known ? known->beforeClose : indent(depth);
        m_out += '}';
    }

    void array(const json& v, const std::string& pointer, int depth, const JsonLayout::Container* known)
    {
        if (v.empty()) {
            m_out += "[]";
            return;
        }
        const bool scalars = std::none_of(v.begin(), v.end(), [](const json& e) { return e.is_structured(); });
        std::string first = known ? known->beforeFirst : scalars ? std::string() : indent(depth + 1);
        std::string between = known ? known->between : scalars ? std::string(" ") : indent(depth + 1);
        std::string close = known ? known->beforeClose : scalars ? std::string() : indent(depth);
        m_out += '[';
        m_out += first;
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i > 0) {
                m_out += ',';
                m_out += between;
            }
            value(v[i], pointer + "/" + std::to_string(i), depth + 1);
        }
        m_out += close;
        m_out += ']';
    }

    void scalar(const json& v, const std::string& pointer)
    {
        if (m_layout) {
            if (const auto it = m_layout->spellings.find(pointer); it != m_layout->spellings.end()
                && json::parse(it->second) == v) {
                m_out += it->second;
                return;
            }
        }
        m_out += v.dump();
    }

    const JsonLayout* m_layout;
    std::string m_newline;
    std::string m_out;
};

} // namespace

JsonLayout readJsonLayout(std::string_view text)
{
    return LayoutReader(text).read();
}

std::string writeJsonInLayout(const nlohmann::json& document, const JsonLayout* layout)
{
    LayoutWriter writer(layout);
    writer.value(document, "", 0);
    return (layout ? layout->prefix : std::string()) + writer.take() + (layout ? layout->suffix : std::string("\n"));
}

} // namespace moe
