#include "widgets/checknames.h"

#include <QCoreApplication>

namespace moe::ui {

QString checkLabel(CheckKind kind)
{
    return QCoreApplication::translate("CheckName", checkName(kind)).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace moe::ui
