#include "document/undohistorydock.h"

#include <QStyle>
#include <QUndoView>

namespace moe::ui {

UndoHistoryDock::UndoHistoryDock(QUndoStack* stack, QWidget* parent)
    : QDockWidget(tr("Undo History"), parent)
    , m_view(new QUndoView(stack, this))
{
    setObjectName(QStringLiteral("UndoHistoryDock"));
    m_view->setEmptyLabel(tr("<as opened>"));
    // The saved state carries the save icon.
    m_view->setCleanIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_view->setToolTip(tr("Every edit since the profile was opened; click one to go back to it"));
    setWidget(m_view);
}

} // namespace moe::ui
