#pragma once

// Shared base of the window's charts: a QChartView that can render itself into any
// painter (screen, PNG, SVG, PDF) and offers export and explanations from its
// context menu.

#include <QChartView>

namespace moe::ui {

class ChartView : public QChartView {
    Q_OBJECT

public:
    explicit ChartView(QWidget* parent = nullptr);

    // Draws the chart scene into `target`; style.md: render the scene, not the widget,
    // so a 300-dpi PDF comes out right in Qt 6.4.
    void render(QPainter& painter, const QRectF& target);
    // The title, whole: setTitle() breaks a title wider than the chart into lines at
    // its " · " separators rather than let QtCharts cut it to "..." (issue 12, point 9).
    QString titleText() const;
    void setTitle(const QString& title);

    // The Explain panel row the context menu's "Explain" opens.
    void setExplainKey(const QString& key) { m_explainKey = key; }

Q_SIGNALS:
    void exportRequested();
    void explainRequested(const QString& key);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitTitle();

    QString m_explainKey;
    QString m_title;
};

} // namespace moe::ui
