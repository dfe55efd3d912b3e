#pragma once

// Edit > Undo History: the undo stack as a list; clicking an entry goes back (or
// forward) to it, and every view follows.

#include <QDockWidget>

class QUndoStack;
class QUndoView;

namespace moe::ui {

class UndoHistoryDock : public QDockWidget {
    Q_OBJECT

public:
    UndoHistoryDock(QUndoStack* stack, QWidget* parent = nullptr);

    QUndoView* view() const { return m_view; }

private:
    QUndoView* m_view;
};

} // namespace moe::ui
