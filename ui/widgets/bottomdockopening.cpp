#include "widgets/bottomdockopening.h"

#include <QDockWidget>
#include <QLayout>
#include <QMainWindow>
#include <QTimer>

#include <algorithm>

namespace moe::ui {

BottomDockOpening::BottomDockOpening(QDockWidget* dock)
    : QObject(dock)
    , m_dock(dock)
{
    connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            sizeOnFirstShow();
        }
    });
}

void BottomDockOpening::beforeShow()
{
    if (!m_sized && !m_dock->isFloating()) {
        if (auto* window = qobject_cast<QMainWindow*>(m_dock->parentWidget())) {
            m_windowHeightBefore = window->height();
        }
    }
}

void BottomDockOpening::sizeOnFirstShow()
{
    auto* window = qobject_cast<QMainWindow*>(m_dock->parentWidget());
    if (m_sized || !window || m_dock->isFloating()) {
        return;
    }
    m_sized = true;
    // The layout may already have grown the window for the dock's minimum.
    const int height = m_windowHeightBefore > 0 ? m_windowHeightBefore : window->height();
    window->resizeDocks({m_dock}, {std::clamp(height * 3 / 10, 220, 440)}, Qt::Vertical);
    // Checked once the window has laid out the dock.
    QTimer::singleShot(0, m_dock, [dock = m_dock, window, height] {
        if (!dock->isFloating() && window->minimumSizeHint().height() > height) {
            dock->setFloating(true);
            // Over half the window: room for a scatter that reads, above the charts.
            dock->resize(window->width() - 80, std::clamp(height * 11 / 20, 300, 560));
            window->layout()->activate();  // the window's minimum without the dock
            window->resize(window->width(), height);
            // Near the bottom of the window as it was, not as the dock had grown it.
            const int bottom = window->geometry().top() + height;
            dock->move(window->geometry().left() + 40, std::max(window->geometry().top(), bottom - dock->height() - 40));
        }
    });
}

} // namespace moe::ui
