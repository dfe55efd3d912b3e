#include "heatmaps/heatmapwidget.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QPaintEngine>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

#include "widgets/colormap.h"

namespace moe::ui {

namespace {

// Red for the hottest cell: it stands apart from every viridis colour (purple to
// yellow through teal and green), as the grid's straggler outline does.
const QColor kHotOutline(0xe3, 0x1a, 0x1c);

int captionLinesFor(const QFontMetrics& metrics, const QString& text, int width)
{
    if (text.isEmpty() || width <= 0) {
        return 1;
    }
    const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 100'000), Qt::TextWordWrap, text);
    return std::max(1, (bounds.height() + metrics.lineSpacing() - 1) / metrics.lineSpacing());
}

void paintHatched(QPainter& painter, const QRectF& rect, const QPalette& palette)
{
    painter.fillRect(rect, palette.color(QPalette::Window));
    painter.fillRect(rect, QBrush(palette.color(QPalette::Mid), Qt::BDiagPattern));
}

} // namespace

HeatMapWidget::HeatMapWidget(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
}

void HeatMapWidget::setMap(HeatMap map)
{
    m_map = std::move(map);
    update();
}

HeatMapGeometry HeatMapWidget::layoutFor(const QRect& area, const QFontMetrics& metrics) const
{
    int labelWidth = metrics.horizontalAdvance(m_map.rowAxis);
    for (const QString& label : m_map.rowLabels) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    }
    int columnLabelWidth = 0;
    for (const QString& label : m_map.columnLabels) {
        columnLabelWidth = std::max(columnLabelWidth, metrics.horizontalAdvance(label));
    }
    const QRect inner = area.adjusted(6, 6, -6, -6);
    const int lines = captionLinesFor(metrics, m_map.empty.isEmpty() ? m_map.caption : m_map.empty, inner.width());
    return layoutHeatMap(inner, m_map.rows, m_map.columns, metrics.lineSpacing(), labelWidth + 4, columnLabelWidth, lines);
}

void HeatMapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    render(painter, rect());
}

void HeatMapWidget::render(QPainter& painter, const QRect& target) const
{
    painter.save();
    painter.setFont(font());
    painter.fillRect(target, palette().color(QPalette::Base));
    const QFontMetrics metrics = painter.fontMetrics();
    const HeatMapGeometry g = layoutFor(target, metrics);
    painter.setPen(palette().color(QPalette::Text));
    if (m_map.rows == 0 || m_map.columns == 0) {
        painter.drawText(target.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap, m_map.empty);
        painter.restore();
        return;
    }
    paintCells(painter, g);
    paintLabels(painter, g, metrics);
    paintLegend(painter, g, metrics);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(g.caption, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_map.caption);
    painter.restore();
}

void HeatMapWidget::paintCellRuns(QPainter& painter, const HeatMapGeometry& g) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    // The brush is set only when the colour changes: a vector device starts a new group
    // of attributes on each change (QSvgGenerator writes a <g> of about 170 bytes).
    bool brushSet = false;
    QRgb brush = 0;
    for (std::int64_t r = 0; r < m_map.rows; ++r) {
        std::int64_t first = 0;
        while (first < m_map.columns) {
            const double value = m_map.at(r, first);
            const bool none = std::isnan(value);
            const QRgb colour = none ? 0 : viridis(m_map.position(value)).rgb();
            std::int64_t end = first + 1;  // one past the run of equal cells
            while (end < m_map.columns) {
                const double next = m_map.at(r, end);
                const bool same = none ? std::isnan(next) : !std::isnan(next) && viridis(m_map.position(next)).rgb() == colour;
                if (!same) {
                    break;
                }
                ++end;
            }
            // Runs overlap their neighbours by a hair so that no seam shows between them.
            const QRectF run = g.cellRect(r, first).united(g.cellRect(r, end - 1)).adjusted(0, 0, 0.5, 0.5);
            if (none) {
                paintHatched(painter, run, palette());
                brushSet = false;  // fillRect() changed the device's brush
            } else {
                if (!brushSet || brush != colour) {
                    painter.setBrush(QColor(colour));
                    brush = colour;
                    brushSet = true;
                }
                painter.drawRect(run);
            }
            first = end;
        }
    }
    painter.restore();
}

QRectF HeatMapWidget::cellImageRect(const HeatMapGeometry& g)
{
    // One unit wider and taller than the plot: the last row and column overlap the
    // plot's edge by the same hair as every run (paintCellRuns), as in the PNG.
    return QRectF(g.plot.topLeft(), QSizeF(g.plot.size() + QSize(1, 1)));
}

QImage HeatMapWidget::cellImage(const HeatMapGeometry& g) const
{
    QImage image(cellImageRect(g).size().toSize() * kHeatMapCellImageRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(kHeatMapCellImageRatio);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    // The plot's top left at the image's origin: a whole number of units, so each cell
    // covers the same pixels as in the PNG export drawn at the same ratio.
    painter.translate(-g.plot.topLeft());
    paintCellRuns(painter, g);
    return image;
}

void HeatMapWidget::paintCells(QPainter& painter, const HeatMapGeometry& g) const
{
    painter.save();
    const bool vectorDevice = painter.paintEngine() && painter.paintEngine()->type() != QPaintEngine::Raster;
    if (vectorDevice && m_map.rows * m_map.columns > kMaxVectorHeatMapCells) {
        // Lossless: the PDF writer would otherwise store the image as JPEG, whose
        // ringing smears a hot cell into its neighbours.
        painter.setRenderHint(QPainter::LosslessImageRendering, true);
        painter.drawImage(cellImageRect(g), cellImage(g));
    } else {
        paintCellRuns(painter, g);
    }
    // A node's block of intra-node links, outlined in the text colour.
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette().color(QPalette::Text), 1.5));
    for (const HeatMapBlock& block : m_map.blocks) {
        const QRectF first = g.cellRect(block.first, block.first);
        const QRectF last = g.cellRect(block.first + block.count - 1, block.first + block.count - 1);
        painter.drawRect(first.united(last));
    }
    if (m_map.hottest.row >= 0) {
        painter.setPen(QPen(kHotOutline, 2.5));
        const QRectF hot = g.cellRect(m_map.hottest.row, m_map.hottest.column);
        // At least 6 pixels across, so that a hot cell among 256 columns still shows.
        const QSizeF size(std::max(6.0, hot.width()), std::max(6.0, hot.height()));
        painter.drawRect(QRectF(QPointF(hot.center().x() - size.width() / 2, hot.center().y() - size.height() / 2), size));
    }
    painter.restore();
}

void HeatMapWidget::paintLabels(QPainter& painter, const HeatMapGeometry& g, const QFontMetrics& metrics) const
{
    const int line = metrics.lineSpacing();
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(g.rowLabels.left(), g.plot.top() - line - 2, g.rowLabels.width() + g.plot.width(), line),
                     Qt::AlignLeft | Qt::AlignBottom, m_map.rowAxis);
    for (std::int64_t r = 0; r < m_map.rows; r += g.rowLabelStep) {
        const QRectF cell = g.cellRect(r, 0);
        const QRectF label(g.rowLabels.left(), cell.center().y() - line / 2.0, g.rowLabels.width() - 4, line);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, m_map.rowLabels.value(static_cast<int>(r)));
    }
    for (std::int64_t c = 0; c < m_map.columns; c += g.columnLabelStep) {
        const QRectF cell = g.cellRect(0, c);
        const double width = static_cast<double>(g.columnLabelStep) * g.cellWidth();
        const QRectF label(cell.center().x() - width / 2, g.columnLabels.top(), width, line);
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, m_map.columnLabels.value(static_cast<int>(c)));
    }
    painter.drawText(QRect(g.columnLabels.left(), g.columnLabels.top() + line, g.columnLabels.width(), line),
                     Qt::AlignHCenter | Qt::AlignTop, m_map.columnAxis);
}

void HeatMapWidget::paintLegend(QPainter& painter, const HeatMapGeometry& g, const QFontMetrics& metrics) const
{
    const int line = metrics.lineSpacing();
    const QString zero = formatHeatValue(0, m_map.unit);
    const QString top = formatHeatValue(m_map.top, m_map.unit);
    const QString none = tr("no value");
    const bool anyNone = std::any_of(m_map.values.begin(), m_map.values.end(), [](double v) { return std::isnan(v); });
    // [0] [gradient] [top]   [hatched] no value
    const int noneWidth = anyNone ? line + 4 + metrics.horizontalAdvance(none) + 12 : 0;
    const int zeroWidth = metrics.horizontalAdvance(zero) + 4;
    const int topWidth = metrics.horizontalAdvance(top) + 4;
    const int barWidth = std::clamp(g.legend.width() - zeroWidth - topWidth - noneWidth, 0, 320);
    const QRect bar(g.legend.left() + zeroWidth, g.legend.top() + 2, barWidth, line - 4);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(g.legend.left(), g.legend.top(), zeroWidth, line), Qt::AlignLeft | Qt::AlignVCenter, zero);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 16; ++i) {
        gradient.setColorAt(i / 16.0, viridis(i / 16.0));
    }
    painter.fillRect(bar, gradient);
    painter.drawText(QRect(bar.right() + 4, g.legend.top(), topWidth, line), Qt::AlignLeft | Qt::AlignVCenter, top);
    if (!std::isnan(m_map.mean) && m_map.top > 0) {
        const int x = bar.left() + static_cast<int>(std::lround(m_map.position(m_map.mean) * bar.width()));
        painter.drawLine(x, bar.top() - 2, x, bar.bottom() + 3);
        const QString mean = tr("mean %1").arg(formatHeatValue(m_map.mean, m_map.unit));
        const int width = metrics.horizontalAdvance(mean);
        painter.drawText(QRect(std::max(g.legend.left(), x - width / 2), bar.bottom() + 3, width + 2, line),
                         Qt::AlignLeft | Qt::AlignTop, mean);
    }
    if (anyNone) {
        const QRect swatch(bar.right() + 4 + topWidth + 12, bar.top(), line - 4, line - 4);
        paintHatched(painter, swatch, palette());
        painter.drawText(QRect(swatch.right() + 4, g.legend.top(), noneWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                         none);
    }
}

bool HeatMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [row, column] = currentGeometry().cellAt(help->pos());
        const QString text = m_map.describe(row, column);
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

QSize HeatMapWidget::sizeHint() const
{
    return QSize(480, 400);
}

QSize HeatMapWidget::minimumSizeHint() const
{
    return QSize(240, 200);
}

} // namespace moe::ui
