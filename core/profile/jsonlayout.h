#pragma once

// How a JSON file was laid out: the order of each object's keys, the white space
// around its members (line breaks, indentation, objects kept on one line) and the
// spelling of numbers and strings where it differs from nlohmann's ("4e0", "1.50",
// "\u00e9"). A profile remembers the layout of the file it was read from, and a save
// writes the document back in it, so that saving an unedited profile gives the same
// bytes and an edited one changes only the edited values (issue 12). nlohmann::json
// keeps keys sorted and forgets white space, so the layout is read from the text.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace moe {

struct JsonLayout {
    struct Container {
        std::vector<std::string> keys;    // objects: the keys in the file's order
        std::vector<std::string> before;  // objects: the white space before each key
        std::string beforeColon;          // objects: around the first member's colon
        std::string afterColon = " ";
        std::string beforeFirst;          // arrays: white space after '['
        std::string between = " ";        // arrays: white space after each ','
        std::string beforeClose;          // white space before '}' or ']'
    };
    std::map<std::string, Container> containers;  // by JSON pointer, "" for the document
    std::map<std::string, std::string> spellings;  // scalars nlohmann would write otherwise
    std::string prefix;                            // before the document (a byte-order mark)
    std::string suffix = "\n";                     // after it
    std::string newline = "\n";                    // "\r\n" in a file with CRLF line ends
};

// `text` must already have parsed as one JSON value.
JsonLayout readJsonLayout(std::string_view text);

// `document` written in `layout`: known members in the file's order with its white
// space and spellings; keys the file did not have after them, laid out like their
// neighbours; containers the file did not have indented two spaces a level. A null
// layout writes every container indented, arrays of scalars on one line.
std::string writeJsonInLayout(const nlohmann::json& document, const JsonLayout* layout);

} // namespace moe
