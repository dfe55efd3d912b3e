#pragma once

// How the feasibility map colours its cells (issue 12, point 7): a feasible cell by
// its best throughput on viridis, from the map's lowest (dark) to its highest (yellow)
// feasible value, an infeasible one pale red with its reason; and the legend under the
// map that says so, with the scale's two ends in tokens/s.

#include <QColor>
#include <QString>
#include <QWidget>

namespace moe::ui {

// The feasible cells' throughput range; a map with one value spans nothing and every
// cell takes the top colour.
struct ThroughputScale {
    double low = 0;
    double high = 0;
    bool any = false;

    void include(double tokensPerS);
    double position(double tokensPerS) const;  // 0 at low, 1 at high
};

QColor feasibleColour(const ThroughputScale& scale, double tokensPerS);
QColor infeasibleColour();
// Black or white, whichever reads better on `background` (by its luma).
QColor textColourOn(const QColor& background);
// "1.27 M tokens/s", "812 k tokens/s", "950 tokens/s": three significant figures in
// the user's locale, short enough for a map cell (the tooltip keeps every digit).
QString compactRate(double tokensPerS);

class FeasibilityLegend : public QWidget {
    Q_OBJECT

public:
    explicit FeasibilityLegend(QWidget* parent = nullptr);

    void setScale(const ThroughputScale& scale, bool stale);
    // The texts at the colour bar's two ends, for tests.
    QString lowText() const;
    QString highText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ThroughputScale m_scale;
    bool m_stale = false;
};

} // namespace moe::ui
