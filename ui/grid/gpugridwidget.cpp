#include "grid/gpugridwidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOption>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

#include "widgets/colormap.h"
#include "grid/gridlegend.h"
#include "widgets/problemtext.h"

namespace moe::ui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

} // namespace

GpuGridWidget::GpuGridWidget(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    retranslate();
}

void GpuGridWidget::retranslate()
{
    setAccessibleName(tr("GPU grid"));
    setToolTip(tr("Every GPU of the cluster, grouped by node. Hover a cell for its ranks, experts and memory; "
                  "click or use the arrow keys to select it."));
    setWhatsThis(tr("The GPU grid shows every GPU of the cluster as a cell, grouped by node and coloured by the "
                    "chosen metric from 0 (dark) to the top of the scale (yellow): memory against the GPU's "
                    "capacity, token loads against twice their mean (marked on the legend). Hatched cells are "
                    "idle GPUs, or GPUs whose pipeline stage lacks the selected layer. Thick lines separate "
                    "pipeline stages, thin ones expert-parallel groups. Colour by expert load to see each GPU's "
                    "expert slots; click one to outline all replicas of its expert. With many GPUs each node "
                    "folds into one cell showing the largest value of its GPUs."));
}

void GpuGridWidget::setEvaluation(const Profile& profile, const Evaluation& evaluation)
{
    setEvaluation(profile, std::make_shared<const Evaluation>(evaluation));
}

void GpuGridWidget::setEvaluation(const Profile& profile, std::shared_ptr<const Evaluation> evaluation)
{
    m_profile = profile;
    m_evaluation = std::move(evaluation);
    m_selected = std::clamp<qint64>(m_selected, 0, std::max<qint64>(0, gpuCount() - 1));
    recomputeExperts();
    recomputeValues();
    findStraggler();
    relayout();
}

void GpuGridWidget::resetScale()
{
    m_freshScale = true;
}

void GpuGridWidget::setMetric(GridMetric metric)
{
    if (metric != m_metric) {
        m_metric = metric;
        m_freshScale = true;
        recomputeValues();
        invalidate();
    }
}

void GpuGridWidget::setLayer(int moeLayer)
{
    if (moeLayer != m_layer) {
        m_layer = moeLayer;
        m_freshScale = true;
        recomputeExperts();
        recomputeValues();
        invalidate();
    }
}

void GpuGridWidget::setSelectedGpu(qint64 gpu)
{
    if (gpu != m_selected && gpu >= 0 && gpu < gpuCount()) {
        m_selected = gpu;
        invalidate();
    }
}

double GpuGridWidget::cellValue(qint64 gpu) const
{
    const qint64 cell = m_geometry.cellOf(gpu);
    return cell < 0 ? kNaN : aggregate(m_geometry, cell);
}

qint64 GpuGridWidget::gpuCount() const
{
    // Without per-GPU figures (an invalid strategy) the cluster is drawn all idle.
    return m_evaluation->gpus.empty() ? m_profile.cluster.gpuCount : static_cast<qint64>(m_evaluation->gpus.size());
}

qint64 GpuGridWidget::gpusPerNode() const
{
    return std::max<qint64>(1, m_profile.cluster.gpusPerNode);
}

int GpuGridWidget::effectiveLayer() const
{
    return m_layer >= 0 && m_layer < static_cast<int>(m_evaluation->layers.size()) ? m_layer : -1;
}

GpuGridGeometry::Style GpuGridWidget::gridStyle(const QFontMetrics& metrics) const
{
    GpuGridGeometry::Style s;
    s.margin = std::max(6, metrics.height() / 2);
    s.legendHeight = metrics.height() + 8;
    s.labelHeight = metrics.height() + 2;
    const qint64 lastNode = std::max<qint64>(0, (gpuCount() - 1) / gpusPerNode());
    s.labelMinWidth = metrics.horizontalAdvance(tr("node %1").arg(lastNode)) + 4;
    return s;
}

GpuGridGeometry GpuGridWidget::layoutFor(const QFontMetrics& metrics, QSize size) const
{
    GpuGridGeometry::Style style = gridStyle(metrics);
    GpuGridGeometry geometry = GpuGridGeometry::compute(gpuCount(), gpusPerNode(), size, style);
    // A caption longer than the room beside the key (the expert views' "hottest ...
    // busiest slot per GPU ... straggler" at 1366 px, in German on three lines) takes
    // the lines it needs from the cells rather than being cut; at most three.
    const int lines = std::min(3, gridLegendCaptionLines(metrics, geometry.legendRect(), legendFor(geometry)));
    if (lines > 1) {
        style.legendHeight += (lines - 1) * metrics.height();
        geometry = GpuGridGeometry::compute(gpuCount(), gpusPerNode(), size, style);
    }
    return geometry;
}

void GpuGridWidget::recomputeValues()
{
    const qint64 count = gpuCount();
    m_values.assign(static_cast<std::size_t>(std::max<qint64>(0, count)), kNaN);
    const int layer = effectiveLayer();
    for (qint64 gpu = 0; gpu < static_cast<qint64>(m_evaluation->gpus.size()); ++gpu) {
        if (!expertView()) {
            m_values[static_cast<std::size_t>(gpu)] = gridValue(*m_evaluation, m_profile, gpu, m_metric, layer);
            continue;
        }
        // The expert view's own LayerSlots: gridValue() would rebuild them per GPU.
        const GpuState& state = m_evaluation->gpus[static_cast<std::size_t>(gpu)];
        double busiest = kNaN;
        for (const int l : layer >= 0 ? std::vector<int>{layer} : stageMoeLayers(*m_evaluation, m_profile, gpu)) {
            if (state.used && hostsLayer(*m_evaluation, m_profile, gpu, l)) {
                const double v = m_slots[static_cast<std::size_t>(l)].hottestSlotOn(state.ep);
                busiest = std::isnan(busiest) ? v : std::max(busiest, v);
            }
        }
        m_values[static_cast<std::size_t>(gpu)] = busiest;
    }
    // The expert view's scale is relative to the mean slot, not to the mean of each
    // GPU's busiest slot.
    double mean = kNaN;
    if (expertView()) {
        const LayerSlots* slots = slotsOf(m_hotLayer);
        mean = slots ? slots->meanSlotTokens() : kNaN;
    }
    const GridScale fresh = makeScale(m_metric, m_values, m_evaluation->capacityBytes / kGiB, mean);
    m_scale = m_freshScale ? fresh : holdScale(m_scale, fresh);
    m_freshScale = !m_scale.any;  // a scale made from nothing is no scale to hold
    m_beyond = std::any_of(m_values.begin(), m_values.end(), [this](double v) { return m_scale.beyond(v); });
}

// The GPU the step waits for: the longest compute time in the stage the cost model
// names as the straggler's (Evaluation::stragglerStage).
void GpuGridWidget::findStraggler()
{
    m_straggler = -1;
    for (const GpuState& gpu : m_evaluation->gpus) {
        if (gpu.used && gpu.pp == m_evaluation->stragglerStage
            && (m_straggler < 0 || gpu.computeS > m_evaluation->gpus[static_cast<std::size_t>(m_straggler)].computeS)) {
            m_straggler = gpu.index;
        }
    }
}

void GpuGridWidget::relayout()
{
    m_geometry = layoutFor(fontMetrics(), size());
    invalidate();
}

void GpuGridWidget::invalidate()
{
    m_cache = QPixmap();
    update();
}

void GpuGridWidget::select(qint64 gpu)
{
    setSelectedGpu(gpu);
    Q_EMIT gpuSelected(m_selected);
}

// The largest value among the cell's used GPUs: a folded node is as hot as its
// hottest GPU.
double GpuGridWidget::aggregate(const GpuGridGeometry& geometry, qint64 cell) const
{
    const qint64 first = geometry.firstGpuOfCell(cell);
    const qint64 end = std::min<qint64>(first + geometry.gpusPerCell(), static_cast<qint64>(m_values.size()));
    double best = kNaN;
    for (qint64 gpu = first; gpu < end; ++gpu) {
        const double v = m_values[static_cast<std::size_t>(gpu)];
        best = std::isnan(best) || v > best ? v : best;
    }
    return best;
}

QColor GpuGridWidget::colourOf(double value) const
{
    return viridis(m_scale.position(value));
}

void GpuGridWidget::render(QPainter& painter, const QRect& target) const
{
    painter.save();
    painter.setFont(font());
    const GpuGridGeometry geometry = layoutFor(QFontMetrics(font(), painter.device()), target.size());
    painter.translate(target.topLeft());
    paintAll(painter, geometry, target.size());
    painter.restore();
}

void GpuGridWidget::paintAll(QPainter& painter, const GpuGridGeometry& geometry, QSize size) const
{
    painter.save();
    painter.setFont(font());
    painter.setClipRect(QRect(QPoint(0, 0), size));
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Window));
    paintNodes(painter, geometry);
    paintCells(painter, geometry);
    paintBoundaries(painter, geometry);
    paintSelection(painter, geometry);
    paintLegend(painter, geometry);
    painter.restore();
}

void GpuGridWidget::paintNodes(QPainter& painter, const GpuGridGeometry& geometry) const
{
    if (geometry.nodesFolded()) {
        return;  // folded cells are already one per node, a gap apart
    }
    // A backdrop per node shows through the seams between its cells, so each node
    // reads as one board even where the node gap is a few pixels.
    const int pad = geometry.nodeGap() >= 8 ? 2 : 1;
    const QColor board = palette().color(QPalette::Mid);
    painter.setPen(palette().color(QPalette::WindowText));
    for (qint64 node = 0; node < geometry.nodeCount(); ++node) {
        painter.fillRect(geometry.nodeRect(node).adjusted(-pad, -pad, pad, pad), board);
        const QRect label = geometry.nodeLabelRect(node);
        if (!label.isEmpty()) {
            const QString text = painter.fontMetrics().elidedText(tr("node %1").arg(node), Qt::ElideRight,
                                                                  label.width());
            painter.drawText(label.adjusted(0, 0, 0, -pad), Qt::AlignLeft | Qt::AlignBottom, text);
        }
    }
}

void GpuGridWidget::paintCells(QPainter& painter, const GpuGridGeometry& geometry) const
{
    const QPalette colours = palette();
    const bool experts = expertsShownIn(geometry);
    for (qint64 cell = 0; cell < geometry.cellCount(); ++cell) {
        const qint64 gpu = geometry.firstGpuOfCell(cell);
        const QRect rect = geometry.cellRect(gpu);
        const double value = aggregate(geometry, cell);
        if (std::isnan(value)) {
            // Folded cells have no node board behind them to keep them apart.
            paintIdle(painter, rect, colours, geometry.nodesFolded());
        } else if (experts) {
            painter.fillRect(rect, colours.color(QPalette::Dark));  // the seams between slots
            paintExperts(painter, geometry, gpu);
        } else if (m_scale.beyond(value)) {
            paintBeyond(painter, rect);
        } else {
            painter.fillRect(rect, colourOf(value));
        }
    }
    // The straggler last, so that no neighbour paints over its outline.
    // Folded, the frame goes round the straggler's node.
    const QRect straggler = geometry.cellRect(m_straggler);
    if (!straggler.isEmpty()) {
        const bool thin = straggler.width() < 12 || (expertsShownIn(geometry) && effectiveLayer() < 0);
        fillFrame(painter, straggler, thin ? 1 : 2, hotOutline());
    }
}

// Lines in the gaps between neighbouring cells of different pipeline stages (2 px)
// or expert-parallel groups (1 px); idle GPUs and folded nodes have none.
void GpuGridWidget::paintBoundaries(QPainter& painter, const GpuGridGeometry& geometry) const
{
    if (geometry.nodesFolded() || m_evaluation->gpus.empty()) {
        return;
    }
    const auto& gpus = m_evaluation->gpus;
    const QColor line = palette().color(QPalette::WindowText);
    const auto boundary = [&](qint64 a, qint64 b) {
        if (a == b || b < 0 || b >= static_cast<qint64>(gpus.size())) {
            return 0;
        }
        const GpuState& x = gpus[static_cast<std::size_t>(a)];
        const GpuState& y = gpus[static_cast<std::size_t>(b)];
        if (!x.used || !y.used) {
            return 0;
        }
        if (x.pp != y.pp) {
            return 2;
        }
        return x.edp != y.edp || x.etp != y.etp ? 1 : 0;  // another EP group of the stage
    };
    for (qint64 gpu = 0; gpu < std::min<qint64>(geometry.gpuCount(), static_cast<qint64>(gpus.size())); ++gpu) {
        const QRect r = geometry.cellRect(gpu);
        const qint64 right = geometry.neighbour(gpu, 1, 0);
        if (const int w = boundary(gpu, right)) {
            const QRect n = geometry.cellRect(right);
            if (n.left() > r.right()) {  // not wrapped to another row
                const int x = (r.right() + n.left() + 1) / 2 - w / 2;
                painter.fillRect(QRect(x, r.top() - 1, w, r.height() + 2), line);
            }
        }
        const qint64 below = geometry.neighbour(gpu, 0, 1);
        if (const int w = boundary(gpu, below)) {
            // Below a node block the gap holds the next block's label: keep to its top.
            const int gap = geometry.cellRect(below).top() - r.bottom() - 1;
            const int y = r.bottom() + 1 + std::min(gap, geometry.nodeGap()) / 2 - w / 2;
            painter.fillRect(QRect(r.left() - 1, y, r.width() + 2, w), line);
        }
    }
}

void GpuGridWidget::setSelectionShown(bool shown)
{
    if (shown != m_selectionShown) {
        m_selectionShown = shown;
        invalidate();
    }
}

void GpuGridWidget::paintSelection(QPainter& painter, const GpuGridGeometry& geometry) const
{
    const QRect cell = geometry.cellRect(m_selected);
    if (!m_selectionShown || cell.isEmpty()) {
        return;
    }
    // A dark ring with a light inner ring stands out on every viridis colour and on
    // both light and dark palettes.
    fillFrame(painter, cell.adjusted(-3, -3, 3, 3), 2, palette().color(QPalette::WindowText));
    fillFrame(painter, cell.adjusted(-1, -1, 1, 1), 1, palette().color(QPalette::Base));
}

QString GpuGridWidget::legendCaption(const GpuGridGeometry& geometry) const
{
    if (!m_evaluation->valid) {
        return tr("No per-GPU figures: %1").arg(evaluationError(*m_evaluation, false));
    }
    const int layer = effectiveLayer();
    // The key's labels carry units ("43.0 GiB"); counts need none.
    QString caption = metricName(m_metric) % QStringLiteral(" · ")
        % (layer >= 0 && metricPerLayer(m_metric) ? tr("layer %1").arg(m_evaluation->layers[layer].layer)
                                                  : tr("all layers"));
    if (expertView()) {
        if (m_hotExpert >= 0) {
            caption += tr(" · hottest: expert %1 of layer %2")
                           .arg(m_hotExpert)
                           .arg(m_evaluation->layers[static_cast<std::size_t>(m_hotLayer)].layer);
        }
        if (!geometry.nodesFolded() && !expertsShownIn(geometry)) {
            caption += tr(" · busiest slot per GPU (enlarge to see each expert)");
        }
    }
    if (m_straggler >= 0) {
        caption += tr(" · straggler: GPU %1 (red)").arg(m_straggler);
    }
    if (geometry.nodesFolded()) {
        caption += tr(" · largest per node");
    }
    return caption;
}

void GpuGridWidget::paintLegend(QPainter& painter, const GpuGridGeometry& geometry) const
{
    paintGridLegend(painter, geometry.legendRect(), palette(), legendFor(geometry));
}

GridLegend GpuGridWidget::legendFor(const GpuGridGeometry& geometry) const
{
    GridLegend legend;
    legend.caption = legendCaption(geometry);
    legend.metric = m_metric;
    legend.scale = m_scale;
    legend.showBeyond = m_beyond;
    legend.idleText = effectiveLayer() >= 0 && metricPerLayer(m_metric) && m_evaluation->strategy.pp > 1
        ? tr("idle or no layer")
        : tr("idle");
    return legend;
}

QString GpuGridWidget::toolTipAt(QPoint position) const
{
    const qint64 gpu = m_geometry.cellAt(position);
    if (gpu < 0) {
        return {};
    }
    if (!m_geometry.nodesFolded()) {
        const SlotHit hit = slotAt(position);
        const QString slot = hit.expert >= 0 ? describeSlot(hit) + QStringLiteral("\n\n") : QString();
        const QString straggler = gpu == m_straggler
            ? QStringLiteral("\n") + tr("the straggler: the step waits for this GPU's compute")
            : QString();
        return slot + describeGpu(*m_evaluation, m_profile, gpu, effectiveLayer()) + straggler;
    }
    return foldedToolTip(gpu);
}

QString GpuGridWidget::foldedToolTip(qint64 gpu) const
{
    const qint64 last = std::min(gpu + m_geometry.gpusPerCell(), gpuCount()) - 1;
    qint64 used = 0;
    double low = kNaN;
    for (qint64 g = gpu; g <= last; ++g) {
        const double v = m_values[static_cast<std::size_t>(g)];
        used += std::isnan(v) ? 0 : 1;
        low = std::isnan(low) || v < low ? v : low;
    }
    const qint64 node = gpu / gpusPerNode();
    const qint64 lastNode = last / gpusPerNode();
    QString text = node == lastNode ? tr("node %1 · GPUs %2 to %3").arg(node).arg(gpu).arg(last)
                                    : tr("nodes %1 to %2 · GPUs %3 to %4").arg(node).arg(lastNode).arg(gpu).arg(last);
    text += QLatin1Char('\n') + tr("%1 of %2 GPUs in use").arg(used).arg(last - gpu + 1);
    if (used > 0) {
        text += QLatin1Char('\n')
            + tr("%1: largest %2, smallest %3")
                  .arg(metricName(m_metric), formatGridValue(m_metric, cellValue(gpu)), formatGridValue(m_metric, low));
    }
    return text + QLatin1Char('\n') + tr("Enlarge the grid to see each GPU.");
}

bool GpuGridWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        // Built on demand: describing 16,384 GPUs up front would cost more than the grid.
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (!text.isEmpty()) {
            QToolTip::showText(help->globalPos(), text, this, m_geometry.cellRect(m_geometry.cellAt(help->pos())));
            return true;
        }
    }
    return QWidget::event(event);
}

void GpuGridWidget::paintEvent(QPaintEvent*)
{
    const qreal ratio = devicePixelRatioF();
    if (m_cache.isNull() || m_cache.devicePixelRatio() != ratio || m_cache.deviceIndependentSize() != QSizeF(size())) {
        m_cache = QPixmap(size() * ratio);
        m_cache.setDevicePixelRatio(ratio);
        // Drawn with the geometry that hit testing uses, so clicks land on what is shown.
        QPainter cachePainter(&m_cache);
        paintAll(cachePainter, m_geometry, size());
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = m_geometry.gridRect().adjusted(-4, -4, 4, 4);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void GpuGridWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void GpuGridWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::PaletteChange:
        relayout();
        break;
    case QEvent::LanguageChange:
        retranslate();
        relayout();
        break;
    default:
        break;
    }
}

void GpuGridWidget::mousePressEvent(QMouseEvent* event)
{
    const qint64 gpu = event->button() == Qt::LeftButton ? m_geometry.cellAt(event->position().toPoint()) : -1;
    if (gpu >= 0) {
        // A click on a slot outlines its expert's replicas; elsewhere clears them.
        const SlotHit hit = slotAt(event->position().toPoint());
        m_pickedLayer = hit.layer;
        m_pickedExpert = hit.expert;
        m_pressed = hit;
        m_pressPosition = event->position().toPoint();
        invalidate();
        select(gpu);
    }
    QWidget::mousePressEvent(event);
}

void GpuGridWidget::keyPressEvent(QKeyEvent* event)
{
    qint64 next = -1;
    switch (event->key()) {
    case Qt::Key_Left:
        next = m_geometry.neighbour(m_selected, -1, 0);
        break;
    case Qt::Key_Right:
        next = m_geometry.neighbour(m_selected, 1, 0);
        break;
    case Qt::Key_Up:
        next = m_geometry.neighbour(m_selected, 0, -1);
        break;
    case Qt::Key_Down:
        next = m_geometry.neighbour(m_selected, 0, 1);
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = gpuCount() - 1;
        break;
    case Qt::Key_Escape:
        if (m_dragging) {
            // Cancels the drag: the views go back to the placement it started from.
            endDrag();
            Q_EMIT expertMoveCancelled();
            event->accept();
            return;
        }
        QWidget::keyPressEvent(event);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (next >= 0 && next != m_selected) {
        select(next);
    }
    event->accept();
}

QSize GpuGridWidget::sizeHint() const
{
    return QSize(640, 400);
}

QSize GpuGridWidget::minimumSizeHint() const
{
    return QSize(240, 140);
}

} // namespace moe::ui
