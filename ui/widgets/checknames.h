#pragma once

// The window's name of a constraint check: core's checkName() ("gpu_count", the JSON's
// name) translated in the context "CheckName", underscores read as spaces.

#include <QString>

#include "model/evaluation.h"

namespace moe::ui {

QString checkLabel(CheckKind kind);

} // namespace moe::ui
