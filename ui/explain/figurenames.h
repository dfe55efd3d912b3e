#pragma once

// The Explain dock's name of a figure: core's explanation keys ("time_s.a2a_dispatch",
// "gpu 5: memory_bytes.kv_cache", the CLI's JSON keys) in the window's language. A
// component's key reads as its translated label; a key this table does not know
// reads as the key.

#include <QString>

#include <string>

namespace moe::ui {

QString figureName(const std::string& key);

} // namespace moe::ui
