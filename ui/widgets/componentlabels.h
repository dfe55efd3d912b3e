#pragma once

// The window's names and colours of core's cost components (core/model/components.h),
// translated under the context "Component".

#include <QColor>
#include <QString>

#include "model/components.h"

namespace moe::ui {

QString componentLabel(const TimeComponent& component);
QString componentLabel(const MemoryComponent& component);
QColor componentColour(const TimeComponent& component);
QColor componentColour(const MemoryComponent& component);

} // namespace moe::ui
