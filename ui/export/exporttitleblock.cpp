#include "export/exporttitleblock.h"

#include <QFontMetrics>
#include <QPainter>

#include "base/units.h"

namespace moe::ui {

namespace {

constexpr int kPadding = 8;

// Pixel sizes rather than points: the block reads the same on every device the
// exporter draws on (a 2x PNG, a 96-dpi SVG or PDF), whatever its dots per inch.
QFont headingFont()
{
    QFont font;
    font.setPixelSize(17);
    font.setBold(true);
    return font;
}

QFont detailsFont()
{
    QFont font;
    font.setPixelSize(13);
    return font;
}

QString grouped(std::int64_t value)
{
    return QString::fromStdString(formatGrouped(static_cast<double>(value)));
}

QRect textRect(const QFont& font, const QString& text, int width)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text);
}

} // namespace

QString strategyCaption(const Strategy& s)
{
    return QObject::tr("TP %1 · PP %2 · DP %3 · EP %4 · ETP %5").arg(s.tp).arg(s.pp).arg(s.dp).arg(s.ep).arg(s.etp);
}

QString workloadCaption(const Workload& w)
{
    switch (w.mode) {
    case Mode::Training:
        return QObject::tr("training, global batch %1 x %2 tokens, %3 micro-batches")
            .arg(grouped(w.batch), grouped(w.seqLen), grouped(w.microBatches));
    case Mode::Prefill:
        return QObject::tr("prefill, batch %1 x %2 tokens").arg(grouped(w.batch), grouped(w.seqLen));
    case Mode::Decode:
        return QObject::tr("decode, batch %1, context %2 tokens").arg(grouped(w.batch), grouped(w.seqLen));
    }
    return {};
}

ExportTitleBlock makeTitleBlock(const QString& heading, const Profile& profile, QDate date)
{
    return {heading, strategyCaption(profile.strategy) % QStringLiteral(" · ") % workloadCaption(profile.workload)
                         % QStringLiteral(" · ") % date.toString(Qt::ISODate)};
}

int titleBlockHeight(const ExportTitleBlock& block, int width)
{
    const int text = std::max(1, width - 2 * kPadding);
    return kPadding + textRect(headingFont(), block.heading, text).height() + 2
        + textRect(detailsFont(), block.details, text).height() + kPadding;
}

QRect paintTitleBlock(QPainter& painter, const QRect& target, const ExportTitleBlock& block)
{
    const int width = std::max(1, target.width() - 2 * kPadding);
    const int height = titleBlockHeight(block, target.width());
    painter.save();
    painter.fillRect(QRect(target.topLeft(), QSize(target.width(), height)), Qt::white);
    painter.setPen(Qt::black);
    QRect line(target.left() + kPadding, target.top() + kPadding, width, textRect(headingFont(), block.heading, width).height());
    painter.setFont(headingFont());
    painter.drawText(line, Qt::TextWordWrap, block.heading);
    line = QRect(line.left(), line.bottom() + 1 + 2, width, textRect(detailsFont(), block.details, width).height());
    painter.setFont(detailsFont());
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.drawText(line, Qt::TextWordWrap, block.details);
    // A hairline under the block keeps it apart from a chart that starts at its edge.
    painter.fillRect(QRect(target.left(), target.top() + height - 1, target.width(), 1), QColor(0xC0, 0xC0, 0xC0));
    painter.restore();
    return target.adjusted(0, height, 0, 0);
}

} // namespace moe::ui
