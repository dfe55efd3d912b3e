#pragma once

// Tabs whose pages can pop out into a window of their own ("Pop out" in the corner),
// for views that need more room than a dock gives at 1366x768: the search scatter and
// the feasibility map (issue 12, points 6 and 9). Closing the window puts the page
// back in its tab.

#include <QPointer>
#include <QTabWidget>

class QToolButton;

namespace moe::ui {

class PopOutTabs : public QTabWidget {
    Q_OBJECT

public:
    explicit PopOutTabs(QWidget* parent = nullptr);
    ~PopOutTabs() override;

    // Adds `page` as a tab; `windowTitle` names the window it pops out into.
    void addPage(QWidget* page, const QString& tabText, const QString& windowTitle);
    // Moves the current tab's page into its own window, or back; the window, or null.
    QWidget* popOut();
    void bringBack();
    QWidget* poppedOutWindow() const { return m_window; }
    QToolButton* popOutButton() const { return m_button; }

private:
    struct Slot {
        QWidget* page;
        QWidget* holder;  // the tab's widget: holds the page, or a note while it is out
        QString windowTitle;
    };
    QList<Slot> m_slots;
    QToolButton* m_button;
    QPointer<QWidget> m_window;
    int m_outIndex = -1;
};

} // namespace moe::ui
