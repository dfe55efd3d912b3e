// Heat-map exports as vector files (issue 11's leftovers): a DeepSeek-V3-sized measured
// routing table (58 MoE layers x 16,384 experts, 950,272 cells) was 221 MB of SVG, one
// <rect> with its own attribute group per cell. Now equal neighbours in a row are one
// rectangle, and a map of more than kMaxVectorHeatMapCells cells carries its cells as
// one image at the PNG's resolution, with labels, key and caption still vector.
//
// Small maps (4 MoE layers x 16 experts, the profile of tst_heatmaps.cpp: two nodes of two
// GPUs, EP 4, capacity 100 so nothing is dropped) stay vector. Runs worked by hand from
// the measured weights of one row, the same in every layer:
// - {5, 1 x 15}: expert 0 gets 5/20 = 25% (the top, so viridis(1), matplotlib's last
//   entry (253, 231, 37) = #fde725), the others 5%: 2 runs a row, 8 rectangles.
// - {5, 5, 1 x 12, 3, 3}: 5/28, 1/28, 3/28: 3 runs a row, 12 rectangles.
// - {1, 2, ..., 16}: k/136 each, 16 colours (the scale's top is max(2/16, 16/136) =
//   0.125, so neighbours are 1/136 / 0.125 = 5.9% of the scale, 15 steps of 255
//   apart): 16 runs a row, 64 rectangles.
// Each cell's centre in the SVG (drawn by QSvgRenderer) has the PNG's colour there.
//
// Set MOE_SHOT_DIR to also write the large map's SVG, rendered, as heatmap-svg-large.png.

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

#include "export/exporter.h"
#include "export/viewexport.h"
#include "heatmaps/heatmap.h"
#include "heatmaps/heatmapwidget.h"
#include "testprofiles.h"
#include "widgets/colormap.h"

using namespace moe;
using namespace moe::ui;

namespace {

nlohmann::json twoByTwoJson(const std::vector<double>& weights)
{
    nlohmann::json j = test::smallMoeJson();
    j["cluster"]["gpu_count"] = 4;
    j["cluster"]["gpus_per_node"] = 2;
    j["strategy"] = nlohmann::json{{"tp", 1}, {"pp", 1}, {"dp", 4}, {"ep", 4}};
    j["workload"]["routing"] = nlohmann::json{{"kind", "measured"}, {"loads", {weights}}};
    j["workload"]["capacity_factor"] = 100;
    return j;
}

// DeepSeek-V3's shape (testprofiles.h) with 16,384 experts and one measured row per MoE
// layer (58 = 61 layers - 3 dense), Pareto weights (alpha 1.2, as
// bench/make_routing_profile.py, which made the 221 MB case), on 1,024 GPUs so that the
// evaluation stays quick.
Profile largeRoutingProfile()
{
    nlohmann::json j = test::deepSeekSizedTrainingJson();
    j["cluster"]["gpu_count"] = 1024;
    j["strategy"] = nlohmann::json{{"tp", 1}, {"pp", 16}, {"dp", 64}, {"ep", 64}};
    j["model"]["experts"] = 16384;
    std::mt19937 random(1);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    nlohmann::json rows = nlohmann::json::array();
    for (int layer = 0; layer < 58; ++layer) {
        std::vector<double> row(16384);
        for (double& weight : row) {
            // Four decimals keep the profile under its 16 MiB limit.
            weight = std::round(std::pow(1.0 - uniform(random), -1.0 / 1.2) * 1e4) / 1e4;
        }
        rows.push_back(row);
    }
    j["workload"]["routing"] = nlohmann::json{{"kind", "measured"}, {"loads", rows}};
    return test::profileFrom(j);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The SVG drawn by QSvgRenderer at the PNG export's pixel size, on white as the PNG.
QImage renderSvg(const QString& path, QSize pixels)
{
    QSvgRenderer renderer(path);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

// The rectangles in `svg` filled with one of `colours` (#rrggbb): QSvgGenerator writes
// each fill as a <g fill="..."> around the shapes drawn with it.
int rectsFilledWith(const QByteArray& svg, const QSet<QString>& colours)
{
    static const QRegularExpression group(QStringLiteral("<g fill=\"(#[0-9a-f]{6})\"[^>]*>(.*?)</g>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    int count = 0;
    for (auto it = group.globalMatch(QString::fromUtf8(svg)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (colours.contains(match.captured(1))) {
            count += static_cast<int>(match.captured(2).count(QStringLiteral("<rect")));
        }
    }
    return count;
}

bool near(QRgb a, QRgb b, int tolerance)
{
    return std::abs(qRed(a) - qRed(b)) <= tolerance && std::abs(qGreen(a) - qGreen(b)) <= tolerance
        && std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

// The pixel of an image kPngPixelRatio times the export's size that holds `point`.
QPoint pixelAt(QPointF point)
{
    return QPoint(static_cast<int>(std::floor(point.x() * kPngPixelRatio)),
                  static_cast<int>(std::floor(point.y() * kPngPixelRatio)));
}

QString describe(QRgb c)
{
    return QColor(c).name();
}

// The layout the PNG export draws the map in (exportSize; heat maps have no title
// block), with the text measured on the same kind of image.
HeatMapGeometry exportGeometry(const HeatMap& map)
{
    HeatMapWidget widget;
    widget.setMap(map);
    QImage image = exportImage(exportSize(ExportView::RoutingMap), kPngPixelRatio);
    QPainter painter(&image);
    painter.setFont(widget.font());
    return widget.layoutFor(QRect(QPoint(0, 0), exportSize(ExportView::RoutingMap)), painter.fontMetrics());
}

} // namespace

class TestHeatMapSvg : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void smallMapStaysVector_data()
    {
        QTest::addColumn<std::vector<double>>("weights");
        QTest::addColumn<int>("rects");
        std::vector<double> hot(16, 1.0);
        hot[0] = 5;
        QTest::newRow("one hot expert") << hot << 4 * 2;
        std::vector<double> three(16, 1.0);
        three[0] = three[1] = 5;
        three[14] = three[15] = 3;
        QTest::newRow("three runs") << three << 4 * 3;
        std::vector<double> ramp(16);
        for (int e = 0; e < 16; ++e) {
            ramp[static_cast<std::size_t>(e)] = e + 1;
        }
        QTest::newRow("every cell its own colour") << ramp << 4 * 16;
    }

    void smallMapStaysVector()
    {
        QFETCH(std::vector<double>, weights);
        QFETCH(int, rects);
        const Profile profile = test::profileFrom(twoByTwoJson(weights));
        const Evaluation ev = evaluate(profile, Detail::PerGpu);
        const HeatMap map = routingMap(profile, ev);
        QCOMPARE(map.rows, qint64(4));
        QCOMPARE(map.columns, qint64(16));
        QSet<QString> colours;
        for (const double value : map.values) {
            colours.insert(viridis(map.position(value)).name());
        }
        QTemporaryDir dir;
        const QString svgPath = dir.filePath(QStringLiteral("map.svg"));
        const QString pngPath = dir.filePath(QStringLiteral("map.png"));
        QVERIFY(!exportView(ExportView::RoutingMap, profile, ev, {}, svgPath));
        QVERIFY(!exportView(ExportView::RoutingMap, profile, ev, {}, pngPath));
        const QByteArray svg = readAll(svgPath);
        QVERIFY(!svg.contains("<image"));
        QCOMPARE(rectsFilledWith(svg, colours), rects);

        const QImage png(pngPath);
        QCOMPARE(png.size(), exportSize(ExportView::RoutingMap) * kPngPixelRatio);
        const QImage drawn = renderSvg(svgPath, png.size());
        const HeatMapGeometry g = exportGeometry(map);
        for (std::int64_t r = 0; r < map.rows; ++r) {
            for (std::int64_t c = 0; c < map.columns; ++c) {
                const QPoint centre = pixelAt(g.cellRect(r, c).center());
                const QRgb expected = viridis(map.position(map.at(r, c))).rgb();
                QVERIFY2(near(png.pixel(centre), expected, 1),
                         qPrintable(QStringLiteral("PNG cell %1,%2: %3, expected %4")
                                        .arg(r).arg(c).arg(describe(png.pixel(centre)), describe(expected))));
                QVERIFY2(near(drawn.pixel(centre), png.pixel(centre), 1),
                         qPrintable(QStringLiteral("SVG cell %1,%2: %3, PNG %4")
                                        .arg(r).arg(c).arg(describe(drawn.pixel(centre)), describe(png.pixel(centre)))));
            }
        }
        if (QTest::currentDataTag() == QByteArray("one hot expert")) {
            // Worked by hand: expert 0 is the top of the scale, matplotlib's last colour.
            QCOMPARE(QColor(png.pixel(pixelAt(g.cellRect(0, 0).center()))).name(),
                     QStringLiteral("#fde725"));
        }
    }

    // 950,272 cells: under 10 MB of SVG (the target; 221 MB before), the cells one image,
    // and what QSvgRenderer draws is the PNG's picture. The PDF keeps the image lossless.
    void largeMapIsOneImage()
    {
        const Profile profile = largeRoutingProfile();
        const Evaluation ev = evaluate(profile, Detail::PerGpu);
        const HeatMap map = routingMap(profile, ev);
        QCOMPARE(map.rows * map.columns, qint64(58) * 16384);
        QVERIFY(map.rows * map.columns > kMaxVectorHeatMapCells);
        QTemporaryDir dir;
        const QString svgPath = dir.filePath(QStringLiteral("large.svg"));
        const QString pngPath = dir.filePath(QStringLiteral("large.png"));
        const QString pdfPath = dir.filePath(QStringLiteral("large.pdf"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!exportView(ExportView::RoutingMap, profile, ev, {}, svgPath));
        qInfo("SVG export of %lld cells: %lld ms, %lld bytes", static_cast<long long>(map.rows * map.columns),
              static_cast<long long>(timer.elapsed()), static_cast<long long>(QFileInfo(svgPath).size()));
        QVERIFY(!exportView(ExportView::RoutingMap, profile, ev, {}, pngPath));
        QVERIFY(!exportView(ExportView::RoutingMap, profile, ev, {}, pdfPath));
        const QByteArray svg = readAll(svgPath);
        QVERIFY2(svg.size() < 10'000'000, qPrintable(QString::number(svg.size())));
        QCOMPARE(svg.count("<image"), qsizetype(1));
        QVERIFY2(svg.count("<rect") < 100, qPrintable(QString::number(svg.count("<rect"))));  // labels and key only
        QVERIFY(!readAll(pdfPath).contains("/DCTDecode"));  // no JPEG

        const QImage png(pngPath);
        const QImage drawn = renderSvg(svgPath, png.size());
        const QString shots = qEnvironmentVariable("MOE_SHOT_DIR");
        if (!shots.isEmpty()) {
            drawn.save(QDir(shots).filePath(QStringLiteral("heatmap-svg-large.png")));
        }
        // Cell centres on a 12 x 12 grid of rows and columns, and the hottest cell: the
        // pixel there in the SVG as drawn is the PNG's.
        const HeatMapGeometry g = exportGeometry(map);
        std::vector<std::pair<std::int64_t, std::int64_t>> cells{{map.hottest.row, map.hottest.column}};
        for (int i = 0; i < 12; ++i) {
            for (int k = 0; k < 12; ++k) {
                cells.emplace_back(i * (map.rows - 1) / 11, k * (map.columns - 1) / 11);
            }
        }
        for (const auto& [r, c] : cells) {
            const QPoint centre = pixelAt(g.cellRect(r, c).center());
            QVERIFY2(near(drawn.pixel(centre), png.pixel(centre), 1),
                     qPrintable(QStringLiteral("cell %1,%2: SVG %3, PNG %4")
                                    .arg(r).arg(c).arg(describe(drawn.pixel(centre)), describe(png.pixel(centre)))));
        }
    }
};

QTEST_MAIN(TestHeatMapSvg)
#include "tst_heatmapsvg.moc"
