// Issue 15, point 2: the three heat maps. The profile is two nodes of two GPUs, EP 4,
// a 4-layer MoE of 16 experts, top-2, prefill of 16 x 512 tokens (testprofiles.h),
// with expert 0 weighing 5 and the others 1 (total 20), capacity 100 (nothing dropped).
//
// Worked by hand:
// - routing: expert 0 gets 5/20 = 25% of each layer's routed tokens, the others 5%;
//   an even spread is 1/16 = 6.25%, so the scale tops at max(2 x 6.25%, 25%) = 25%.
// - GPU load: an EP group routes 4 GPUs x 2,048 tokens x k 2 = 16,384 assignments per
//   layer. Rank 0 holds experts 0-3, (5 + 3)/20 = 0.4 of them: 6,553.6 tokens; ranks
//   1-3 hold 0.2: 3,276.8. The mean is 16,384 / 4 = 4,096; the top max(8,192, 6,553.6).
// - traffic: core/model/tst_trafficmatrix.cpp works the bytes; here the layout (nodes
//   outlined, the diagonal without a value, the hottest link named).
//
// Set MOE_SHOT_DIR to a directory to also write heatmaps-*.png there.

#include <QComboBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "document/explorerstate.h"
#include "export/viewexport.h"
#include "heatmaps/heatmap.h"
#include "heatmaps/heatmapgeometry.h"
#include "heatmaps/heatmapsdock.h"
#include "heatmaps/heatmapwidget.h"
#include "shots.h"
#include "testprofiles.h"

using namespace moe;
using namespace moe::ui;

namespace {

nlohmann::json twoByTwoJson()
{
    nlohmann::json j = test::smallMoeJson();
    j["cluster"]["gpu_count"] = 4;
    j["cluster"]["gpus_per_node"] = 2;
    j["strategy"] = nlohmann::json{{"tp", 1}, {"pp", 1}, {"dp", 4}, {"ep", 4}};
    std::vector<double> weights(16, 1.0);
    weights[0] = 5.0;
    j["workload"]["routing"] = nlohmann::json{{"kind", "measured"}, {"loads", {weights}}};
    j["workload"]["capacity_factor"] = 100;
    return j;
}

} // namespace

class TestHeatMaps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void routingShares()
    {
        const Profile profile = test::profileFrom(twoByTwoJson());
        const HeatMap map = routingMap(profile, evaluate(profile, Detail::PerGpu));
        QCOMPARE(map.rows, 4);
        QCOMPARE(map.columns, 16);
        for (std::int64_t layer = 0; layer < 4; ++layer) {
            QCOMPARE(map.at(layer, 0), 0.25);
            QCOMPARE(map.at(layer, 15), 0.05);
        }
        QCOMPARE(map.mean, 0.0625);
        QCOMPARE(map.top, 0.25);
        QCOMPARE(map.hottest.row, 0);
        QCOMPARE(map.hottest.column, 0);
        QVERIFY2(map.caption.contains(QStringLiteral("expert 0")), qPrintable(map.caption));
    }

    // The routing is the router's choice: at capacity 1 expert 0 keeps only 1/16 of the
    // tokens, but the map still shows the 25% routed to it.
    void routingCountsDroppedTokens()
    {
        nlohmann::json j = twoByTwoJson();
        j["workload"]["capacity_factor"] = 1;
        const Profile profile = test::profileFrom(j);
        const Evaluation ev = evaluate(profile, Detail::PerGpu);
        QVERIFY(ev.load.droppedTokenShare > 0);
        QCOMPARE(routingMap(profile, ev).at(2, 0), 0.25);
    }

    void gpuLoads()
    {
        const Profile profile = test::profileFrom(twoByTwoJson());
        const Evaluation ev = evaluate(profile, Detail::PerGpu);
        const HeatMap map = gpuLoadMap(profile, ev);
        QCOMPARE(map.rows, 4);
        QCOMPARE(map.columns, 4);
        QCOMPARE(map.at(0, 0), 6553.6);
        QCOMPARE(map.at(1, 3), 3276.8);
        QCOMPARE(map.at(3, 2), 3276.8);
        QCOMPARE(map.mean, 4096.0);
        QCOMPARE(map.top, 8192.0);
        QCOMPARE(map.hottest.row, 0);
        // Folded to nodes, a row shows its busiest GPU: node 0 is GPU 0's 6,553.6.
        const HeatMap folded = gpuLoadMap(profile, ev, 2);
        QCOMPARE(folded.rows, 2);
        QCOMPARE(folded.at(0, 1), 6553.6);
        QCOMPARE(folded.at(1, 1), 3276.8);
        QVERIFY(folded.caption.contains(QStringLiteral("folded into nodes")));
    }

    // PP 2 over 4 layers: stage 0 (GPUs 0-1) holds layers 0-1, stage 1 (GPUs 2-3)
    // layers 2-3; a GPU has no value in the other stage's layers.
    void gpuLoadsHatchLayersOfOtherStages()
    {
        nlohmann::json j = twoByTwoJson();
        j["strategy"] = nlohmann::json{{"tp", 1}, {"pp", 2}, {"dp", 2}, {"ep", 2}};
        const Profile profile = test::profileFrom(j);
        const HeatMap map = gpuLoadMap(profile, evaluate(profile, Detail::PerGpu));
        QVERIFY(!std::isnan(map.at(0, 1)));
        QVERIFY(std::isnan(map.at(0, 2)));
        QVERIFY(std::isnan(map.at(3, 0)));
        QVERIFY(!std::isnan(map.at(3, 3)));
        QVERIFY(map.describe(0, 2).contains(QStringLiteral("lacks this layer")));
    }

    void trafficLayout()
    {
        const Profile profile = test::profileFrom(twoByTwoJson());
        const HeatMap map = trafficMap(profile, evaluate(profile, Detail::PerGpu));
        QCOMPARE(map.rows, 4);
        QVERIFY(std::isnan(map.at(2, 2)));
        QCOMPARE(map.blocks.size(), std::size_t(2));
        QCOMPARE(map.blocks[1].first, 2);
        QCOMPARE(map.blocks[1].count, 2);
        QCOMPARE(map.hottest.row, 0);
        QCOMPARE(map.hottest.column, 1);
        QVERIFY2(map.caption.contains(QStringLiteral("GPU 0 → GPU 1")), qPrintable(map.caption));
        QVERIFY(map.describe(0, 1).contains(QStringLiteral("inside a node")));
        QVERIFY(map.describe(1, 2).contains(QStringLiteral("across nodes")));
        const HeatMap nodes = trafficMap(profile, evaluate(profile, Detail::PerGpu), 2);
        QCOMPARE(nodes.rows, 2);
        QCOMPARE(nodes.rowAxis, QStringLiteral("from node"));
        QVERIFY(!std::isnan(nodes.at(0, 0)));  // the traffic inside node 0
    }

    void denseModelSaysSo()
    {
        nlohmann::json j = test::denseGptJson(4, 1024, 8, 32000, 512);
        const Profile profile = test::profileFrom(j);
        const HeatMap map = trafficMap(profile, evaluate(profile, Detail::PerGpu));
        QCOMPARE(map.rows, 0);
        QVERIFY(map.empty.contains(QStringLiteral("no MoE layers")));
    }

    // Geometry: every cell is found where it is drawn, cells tile the plot, and labels
    // thin to round steps. Expected steps worked from layoutHeatMap()'s rules: line 14,
    // row labels 30 wide, column labels 18 wide, gap max(2, 14/3) = 4.
    void geometry_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("columns");
        QTest::addColumn<qint64>("rowStep");
        QTest::addColumn<qint64>("columnStep");
        // Plot 34..289 = 256 wide: 1 px per expert, labels need 22 px: every 50th.
        // Plot 18..222 = 205 high, 61 rows of 3.36 px, labels need 14: every 5th.
        QTest::newRow("61 layers x 256 experts") << 290 << 300 << qint64(61) << qint64(256) << qint64(5) << qint64(50);
        // 4 x 4 in a plot of 256 x 205: cells of 64 x 51 px; every label fits.
        QTest::newRow("4 GPUs") << 290 << 300 << qint64(4) << qint64(4) << qint64(1) << qint64(1);
        // 64 nodes in 256 x 205: 4 px columns need ceil(22 / 4) = 6 -> 10; rows of
        // 3.2 px need ceil(14 / 3.2) = 5 -> 5.
        QTest::newRow("64 nodes") << 290 << 300 << qint64(64) << qint64(64) << qint64(5) << qint64(10);
    }

    void geometry()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(qint64, rows);
        QFETCH(qint64, columns);
        QFETCH(qint64, rowStep);
        QFETCH(qint64, columnStep);
        const HeatMapGeometry g = layoutHeatMap(QRect(0, 0, width, height), rows, columns, 14, 30, 18, 1);
        QCOMPARE(g.plot.left(), 34);
        QCOMPARE(g.plot.width(), 256);
        QCOMPARE(g.plot.top(), 18);
        QCOMPARE(g.plot.height(), 205);
        QCOMPARE(g.rowLabelStep, rowStep);
        QCOMPARE(g.columnLabelStep, columnStep);
        QCOMPARE(g.cellRect(rows - 1, columns - 1).right(), static_cast<double>(g.plot.left() + g.plot.width()));
        QCOMPARE(g.cellRect(rows - 1, columns - 1).bottom(), static_cast<double>(g.plot.top() + g.plot.height()));
        for (qint64 r = 0; r < rows; ++r) {
            for (qint64 c = 0; c < columns; ++c) {
                const QPointF centre = g.cellRect(r, c).center();
                const auto hit = g.cellAt(QPoint(static_cast<int>(centre.x()), static_cast<int>(centre.y())));
                QCOMPARE(hit.first, r);
                QCOMPARE(hit.second, c);
            }
        }
        QCOMPARE(g.cellAt(QPoint(g.plot.left() - 1, g.plot.top())).first, qint64(-1));
        QVERIFY(g.legend.top() > g.columnLabels.top());
        QVERIFY(g.caption.top() > g.legend.bottom());
    }

    // Each map exports like the other charts, from the window's code and from the CLI.
    void exports()
    {
        const Profile profile = test::profileFrom(twoByTwoJson());
        const Evaluation ev = evaluate(profile, Detail::PerGpu);
        QTemporaryDir dir;
        for (const ExportView view : {ExportView::RoutingMap, ExportView::LoadMap, ExportView::TrafficMap}) {
            const QImage image = renderView(view, profile, ev, {});
            QCOMPARE(image.size(), exportSize(view) * kPngPixelRatio);
            for (const char* suffix : {".png", ".svg", ".pdf"}) {
                const QString path = dir.filePath(QStringLiteral("map%1%2").arg(static_cast<int>(view)).arg(QLatin1String(suffix)));
                const auto error = exportView(view, profile, ev, {}, path);
                QVERIFY2(!error, error ? qPrintable(*error) : "");
                QVERIFY(QFileInfo(path).size() > 0);
            }
        }
        for (const char* chart : {"routing", "load", "traffic"}) {
            const QString out = dir.filePath(QStringLiteral("cli-%1.png").arg(QLatin1String(chart)));
            QProcess cli;
            cli.start(QStringLiteral(MOE_CLI_PATH), {QStringLiteral("export"), QStringLiteral("builtin:seed"),
                                                     QStringLiteral("--chart"), QLatin1String(chart),
                                                     QStringLiteral("--out"), out});
            QVERIFY(cli.waitForFinished(60'000));
            QCOMPARE(cli.exitCode(), 0);
            QVERIFY(QFileInfo(out).size() > 0);
        }
        QProcess bad;
        bad.start(QStringLiteral(MOE_CLI_PATH), {QStringLiteral("export"), QStringLiteral("builtin:seed"),
                                                 QStringLiteral("--chart"), QStringLiteral("heat"),
                                                 QStringLiteral("--out"), dir.filePath(QStringLiteral("x.png"))});
        QVERIFY(bad.waitForFinished(60'000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("routing, load or traffic"));
    }

    // The panel follows the document: a strategy edit changes the map it shows.
    void dockFollowsEdits()
    {
        ExplorerState state(test::profileFrom(twoByTwoJson()));
        HeatMapsDock dock(state);
        dock.resize(520, 480);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.setKind(HeatMapKind::Traffic);
        QCOMPARE(dock.mapWidget()->map().kind, HeatMapKind::Traffic);
        QCOMPARE(dock.mapWidget()->map().rows, 4);
        test::saveShot(dock, QStringLiteral("heatmaps-traffic.png"));
        Strategy s = state.profile().strategy;
        s.ep = 2;
        state.setStrategy(s);
        QCOMPARE(dock.mapWidget()->map().at(0, 2), 0.0);  // GPUs 0 and 2 are in different groups now
        dock.setKind(HeatMapKind::Routing);
        test::saveShot(dock, QStringLiteral("heatmaps-routing.png"));
        dock.setKind(HeatMapKind::GpuLoad);
        test::saveShot(dock, QStringLiteral("heatmaps-load.png"));
        QCOMPARE(dock.mapWidget()->map().kind, HeatMapKind::GpuLoad);
    }
};

QTEST_MAIN(TestHeatMaps)
#include "tst_heatmaps.moc"
