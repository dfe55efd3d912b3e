#pragma once

// A dock that opens below the charts (Search, Serving): the first time it shows docked,
// it takes three tenths of the window's height, 220 to 440 pixels, enough for a
// readable scatter while the charts keep their minimum (issue 12, point 9). Where the
// window cannot hold both (a 1366 x 768 screen, tall text such as Noto Sans CJK), the
// window would grow past the screen: the dock then opens as a window of its own over the
// lower half of the main one, as the Explain dock does when narrow; dragged back, it
// docks.

#include <QObject>

class QDockWidget;

namespace moe::ui {

class BottomDockOpening : public QObject {
public:
    explicit BottomDockOpening(QDockWidget* dock);

    // Called by the dock's setVisible(true) before QDockWidget's: the window's height
    // before its layout grows for the dock's minimum.
    void beforeShow();

private:
    void sizeOnFirstShow();

    QDockWidget* m_dock;
    bool m_sized = false;          // given its opening height in the window once
    int m_windowHeightBefore = 0;  // the window's height before the dock first showed
};

} // namespace moe::ui
