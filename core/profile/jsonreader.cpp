#include "profile/jsonreader.h"

#include <cmath>
#include <cstdio>

namespace moe::detail {

Phrase say(const char* text, std::vector<PhraseArg> args)
{
    return Phrase{kFileContext, text, std::move(args)};
}

Phrase verbatim(std::string text)
{
    // The empty context has no translations, so the window shows the text as it is.
    return Phrase{"", "%1", {arg::name(std::move(text))}};
}

Phrase pathAndMessage(const ProfileError& error)
{
    Phrase message = *error.phrase.text ? error.phrase : verbatim(error.message);
    if (error.path.empty()) {
        return message;
    }
    return say(MOE_TRANSLATE_NOOP("ProfileFile", "%1: %2"), {arg::name(error.path), arg::phrases({std::move(message)})});
}

PhraseArg figureArg(double value)
{
    // The same cases as formatNumber, so the English is unchanged.
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
        return arg::integer(value);
    }
    return arg::number(value);
}

PhraseArg countArg(std::size_t value)
{
    return arg::integer(static_cast<double>(value));
}

void fail(std::string path, Phrase message)
{
    std::string english = message.english();
    throw ProfileException{ProfileError{std::move(path), std::move(english), std::move(message)}};
}

std::string formatNumber(double value)
{
    char buffer[64];
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.6g", value);
    }
    return buffer;
}

std::string pointerToken(const std::string& key)
{
    std::string token;
    for (const char c : key) {
        token += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    }
    return token;
}

Phrase describeValue(const nlohmann::json& value)
{
    // JSON's literals and the file's own numbers and strings stay as the file has them.
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return verbatim("null");
    case nlohmann::json::value_t::boolean:
        return verbatim(value.get<bool>() ? "true" : "false");
    case nlohmann::json::value_t::string: {
        auto text = value.get<std::string>();
        if (text.size() > 40) {
            text = text.substr(0, 40) + "...";
        }
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "the string \"%1\""), {arg::name(text)});
    }
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return verbatim(value.dump());
    case nlohmann::json::value_t::object:
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "an object"));
    case nlohmann::json::value_t::array:
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "an array"));
    default:
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "an unsupported value"));
    }
}

std::string describe(const nlohmann::json& value)
{
    return describeValue(value).english();
}

Phrase Range::describe() const
{
    return lowInclusive ? say(MOE_TRANSLATE_NOOP("ProfileFile", "from %1 to %2"), {figureArg(low), figureArg(high)})
                        : say(MOE_TRANSLATE_NOOP("ProfileFile", "greater than %1 and at most %2"),
                              {figureArg(low), figureArg(high)});
}

std::int64_t readInteger(const nlohmann::json& value, const std::string& path, Range range)
{
    if (!value.is_number()) {
        fail(path, say(MOE_TRANSLATE_NOOP("ProfileFile", "expected an integer %1, got %2"),
                      {arg::phrases({range.describe()}), arg::phrases({describeValue(value)})}));
    }
    const double v = value.get<double>();
    if (!std::isfinite(v) || v != std::floor(v)) {
        fail(path, say(MOE_TRANSLATE_NOOP("ProfileFile", "expected an integer %1, got %2"),
                      {arg::phrases({range.describe()}), arg::phrases({describeValue(value)})}));
    }
    if (!range.contains(v)) {
        fail(path, say(MOE_TRANSLATE_NOOP("ProfileFile", "expected an integer %1, got %2"),
                      {arg::phrases({range.describe()}), arg::phrases({describeValue(value)})}));
    }
    return static_cast<std::int64_t>(v);
}

double readNumber(const nlohmann::json& value, const std::string& path, Range range)
{
    if (!value.is_number()) {
        fail(path, say(MOE_TRANSLATE_NOOP("ProfileFile", "expected a number %1, got %2"),
                      {arg::phrases({range.describe()}), arg::phrases({describeValue(value)})}));
    }
    const double v = value.get<double>();
    if (!std::isfinite(v) || !range.contains(v)) {
        fail(path, say(MOE_TRANSLATE_NOOP("ProfileFile", "expected a number %1, got %2"),
                      {arg::phrases({range.describe()}), arg::phrases({describeValue(value)})}));
    }
    return v;
}

ObjectReader::ObjectReader(const nlohmann::json& object, std::string path, std::vector<std::string>& warnings)
    : m_object(object)
    , m_path(std::move(path))
    , m_warnings(warnings)
{
    if (!m_object.is_object()) {
        // The document itself is the whole file: its JSON pointer is "", not "/" (which
        // would name a top-level key called "").
        const PhraseArg got = arg::phrases({describeValue(m_object)});
        fail(m_path, m_path.empty() ? say(MOE_TRANSLATE_NOOP("ProfileFile", "expected an object at the top level of the file, got %1"), {got})
                                    : say(MOE_TRANSLATE_NOOP("ProfileFile", "expected an object, got %1"), {got}));
    }
}

const nlohmann::json* ObjectReader::find(const std::string& key)
{
    m_seen.insert(key);
    const auto it = m_object.find(key);
    return it == m_object.end() ? nullptr : &*it;
}

bool ObjectReader::has(const std::string& key) const
{
    return m_object.contains(key);
}

const nlohmann::json& ObjectReader::raw(const std::string& key)
{
    const auto* value = find(key);
    if (!value) {
        fail(childPath(key), say(MOE_TRANSLATE_NOOP("ProfileFile", "required key is missing")));
    }
    return *value;
}

std::int64_t ObjectReader::integer(const std::string& key, Range range)
{
    return readInteger(raw(key), childPath(key), range);
}

std::int64_t ObjectReader::integer(const std::string& key, Range range, std::int64_t fallback)
{
    return optionalInteger(key, range).value_or(fallback);
}

std::optional<std::int64_t> ObjectReader::optionalInteger(const std::string& key, Range range)
{
    const auto* value = find(key);
    if (!value) {
        return std::nullopt;
    }
    return readInteger(*value, childPath(key), range);
}

double ObjectReader::number(const std::string& key, Range range)
{
    return readNumber(raw(key), childPath(key), range);
}

double ObjectReader::number(const std::string& key, Range range, double fallback)
{
    return optionalNumber(key, range).value_or(fallback);
}

std::optional<double> ObjectReader::optionalNumber(const std::string& key, Range range)
{
    const auto* value = find(key);
    if (!value) {
        return std::nullopt;
    }
    return readNumber(*value, childPath(key), range);
}

bool ObjectReader::boolean(const std::string& key, bool fallback)
{
    const auto* value = find(key);
    if (!value) {
        return fallback;
    }
    if (!value->is_boolean()) {
        fail(childPath(key), say(MOE_TRANSLATE_NOOP("ProfileFile", "expected true or false, got %1"),
                                {arg::phrases({describeValue(*value)})}));
    }
    return value->get<bool>();
}

std::string ObjectReader::string(const std::string& key, const std::string& fallback)
{
    const auto* value = find(key);
    if (!value) {
        return fallback;
    }
    if (!value->is_string()) {
        fail(childPath(key), say(MOE_TRANSLATE_NOOP("ProfileFile", "expected a string, got %1"),
                                {arg::phrases({describeValue(*value)})}));
    }
    return value->get<std::string>();
}

std::string ObjectReader::choice(const std::string& key, std::initializer_list<const char*> allowed,
                                 const std::string& fallback)
{
    const auto* value = find(key);
    if (!value) {
        return fallback;
    }
    std::string list;
    for (const char* option : allowed) {
        list += (list.empty() ? "\"" : ", \"") + std::string(option) + "\"";
        if (value->is_string() && value->get<std::string>() == option) {
            return option;
        }
    }
    fail(childPath(key), say(MOE_TRANSLATE_NOOP("ProfileFile", "expected one of %1, got %2"),
                            {arg::name(list), arg::phrases({describeValue(*value)})}));
}

ObjectReader ObjectReader::object(const std::string& key)
{
    return ObjectReader(raw(key), childPath(key), m_warnings);
}

std::optional<ObjectReader> ObjectReader::optionalObject(const std::string& key)
{
    const auto* value = find(key);
    if (!value) {
        return std::nullopt;
    }
    return ObjectReader(*value, childPath(key), m_warnings);
}

void ObjectReader::unused(const std::string& key, const std::string& why)
{
    if (find(key)) {
        m_warnings.push_back(childPath(pointerToken(key)) + ": " + why);
    }
}

void ObjectReader::finish()
{
    for (const auto& item : m_object.items()) {
        if (!m_seen.contains(item.key())) {
            // An unknown key can hold any character; escaped, the path names exactly that key.
            m_warnings.push_back(childPath(pointerToken(item.key())) + ": unknown key, kept as it is");
        }
    }
}

} // namespace moe::detail
