#include "widgets/componentlabels.h"

#include <QCoreApplication>

namespace moe::ui {

QString componentLabel(const TimeComponent& component)
{
    return QCoreApplication::translate("Component", component.label);
}

QString componentLabel(const MemoryComponent& component)
{
    return QCoreApplication::translate("Component", component.label);
}

QColor componentColour(const TimeComponent& component)
{
    return QColor(QRgb(component.colour));
}

QColor componentColour(const MemoryComponent& component)
{
    return QColor(QRgb(component.colour));
}

} // namespace moe::ui
