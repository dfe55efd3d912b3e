// The GPU grid's layout: hit testing inverts drawing, nodes stay together, cells
// stay inside the area and off the legend, and large clusters fold instead of
// shrinking cells to nothing.

#include <QTest>

#include <type_traits>

#include "grid/gpugridgeometry.h"

using moe::ui::GpuGridGeometry;

// No per-cell storage: every query is arithmetic on a few numbers, whatever the
// cluster size (1,048,576 GPUs cost what 8 do).
static_assert(std::is_trivially_copyable_v<GpuGridGeometry>);
static_assert(sizeof(GpuGridGeometry) <= 160);

namespace {

// Every GPU for small clusters, an even spread of about 20,000 for large ones.
qint64 sampleStep(qint64 count)
{
    return count <= 20000 ? 1 : count / 20000;
}

void addLayoutColumns()
{
    QTest::addColumn<qint64>("gpus");
    QTest::addColumn<qint64>("perNode");
    QTest::addColumn<QSize>("area");
}

void addLayoutRows()
{
    QTest::newRow("seed_128_gpus") << qint64(128) << qint64(8) << QSize(800, 600);
    QTest::newRow("eight_gpus_one_node") << qint64(8) << qint64(8) << QSize(800, 600);
    QTest::newRow("partial_last_node") << qint64(100) << qint64(8) << QSize(640, 400);
    QTest::newRow("prime_gpus_per_node") << qint64(70) << qint64(7) << QSize(640, 400);
    QTest::newRow("nvl72_nodes") << qint64(576) << qint64(72) << QSize(900, 700);
    QTest::newRow("one_gpu_per_node") << qint64(64) << qint64(1) << QSize(500, 300);
    QTest::newRow("16k_large_window") << qint64(16384) << qint64(8) << QSize(2000, 1400);
    QTest::newRow("16k_folded") << qint64(16384) << qint64(8) << QSize(800, 600);
    QTest::newRow("1m_folded") << qint64(1048576) << qint64(8) << QSize(800, 600);
    QTest::newRow("1m_several_nodes_per_cell") << qint64(1048576) << qint64(8) << QSize(120, 100);
    QTest::newRow("tall_narrow_area") << qint64(128) << qint64(8) << QSize(90, 900);
}

} // namespace

class TestGpuGridGeometry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cellAt_invertsCellRect_data()
    {
        addLayoutColumns();
        addLayoutRows();
    }
    void cellAt_invertsCellRect()
    {
        QFETCH(qint64, gpus);
        QFETCH(qint64, perNode);
        QFETCH(QSize, area);
        const auto g = GpuGridGeometry::compute(gpus, perNode, area);
        for (qint64 gpu = 0; gpu < gpus; gpu += sampleStep(gpus)) {
            const QRect r = g.cellRect(gpu);
            QVERIFY2(!r.isEmpty(), qPrintable(QStringLiteral("GPU %1").arg(gpu)));
            // Folded cells answer with the first GPU they stand for.
            const qint64 expected = g.firstGpuOfCell(g.cellOf(gpu));
            QCOMPARE(g.cellAt(r.center()), expected);
            QCOMPARE(g.cellAt(r.topLeft()), expected);
            QCOMPARE(g.cellAt(r.bottomRight()), expected);
        }
        QVERIFY(!g.cellRect(gpus - 1).isEmpty());
        QVERIFY(g.cellRect(gpus).isEmpty());
        QVERIFY(g.cellRect(-1).isEmpty());
    }

    void cellsInsideAreaAndOffLegend_data()
    {
        addLayoutColumns();
        addLayoutRows();
    }
    void cellsInsideAreaAndOffLegend()
    {
        QFETCH(qint64, gpus);
        QFETCH(qint64, perNode);
        QFETCH(QSize, area);
        const auto g = GpuGridGeometry::compute(gpus, perNode, area);
        const QRect whole(QPoint(0, 0), area);
        QVERIFY(whole.contains(g.legendRect()));
        for (qint64 gpu = 0; gpu < gpus; gpu += sampleStep(gpus)) {
            const QRect r = g.cellRect(gpu);
            QVERIFY(whole.contains(r));
            QVERIFY(g.gridRect().contains(r));
            QVERIFY(!r.intersects(g.legendRect()));
            QVERIFY(r.width() >= (g.nodesFolded() ? 1 : GpuGridGeometry::kMinPitch - 1));
        }
    }

    void cellsDoNotOverlap_data()
    {
        addLayoutColumns();
        QTest::newRow("seed_128_gpus") << qint64(128) << qint64(8) << QSize(800, 600);
        QTest::newRow("partial_last_node") << qint64(100) << qint64(8) << QSize(640, 400);
        QTest::newRow("prime_gpus_per_node") << qint64(70) << qint64(7) << QSize(640, 400);
        QTest::newRow("folded_2048_nodes") << qint64(16384) << qint64(8) << QSize(800, 600);
    }
    void cellsDoNotOverlap()
    {
        QFETCH(qint64, gpus);
        QFETCH(qint64, perNode);
        QFETCH(QSize, area);
        const auto g = GpuGridGeometry::compute(gpus, perNode, area);
        for (qint64 a = 0; a < g.cellCount(); ++a) {
            const QRect ra = g.cellRect(g.firstGpuOfCell(a));
            for (qint64 b = a + 1; b < g.cellCount(); ++b) {
                QVERIFY2(!ra.intersects(g.cellRect(g.firstGpuOfCell(b))),
                         qPrintable(QStringLiteral("cells %1 and %2").arg(a).arg(b)));
            }
        }
    }

    void gapsAndOutsideAreNoCell_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("seam_between_cells_of_a_node") << QStringLiteral("seam");
        QTest::newRow("gap_between_nodes") << QStringLiteral("nodeGap");
        QTest::newRow("node_label_band") << QStringLiteral("label");
        QTest::newRow("legend") << QStringLiteral("legend");
        QTest::newRow("left_of_everything") << QStringLiteral("outsideLeft");
        QTest::newRow("below_the_area") << QStringLiteral("outsideBelow");
        QTest::newRow("empty_place_after_last_node") << QStringLiteral("afterLast");
    }
    void gapsAndOutsideAreNoCell()
    {
        QFETCH(QString, where);
        // 100 GPUs: 12 full nodes and one of 4, so the last block has empty places.
        const auto g = GpuGridGeometry::compute(100, 8, QSize(800, 600));
        QVERIFY(!g.nodesFolded());
        QVERIFY(g.hasNodeLabels());
        QVERIFY(g.cellGap() >= 1);
        QPoint p;
        if (where == QStringLiteral("seam")) {
            p = QPoint(g.cellRect(0).right() + 1, g.cellRect(0).center().y());
        } else if (where == QStringLiteral("nodeGap")) {
            p = QPoint(g.nodeRect(0).right() + g.nodeGap() / 2 + 1, g.nodeRect(0).center().y());
        } else if (where == QStringLiteral("label")) {
            p = g.nodeLabelRect(1).center();
        } else if (where == QStringLiteral("legend")) {
            p = g.legendRect().center();
        } else if (where == QStringLiteral("outsideLeft")) {
            p = QPoint(-1, g.cellRect(0).center().y());
        } else if (where == QStringLiteral("outsideBelow")) {
            p = QPoint(g.cellRect(0).center().x(), 10000);
        } else {
            // GPU 99 is the 4th of node 12; the place after it (the 5th) is empty.
            const QRect last = g.cellRect(99);
            p = QPoint(last.center().x(), last.center().y() + g.pitch());
        }
        QCOMPARE(g.cellAt(p), qint64(-1));
    }

    void nodeHoldsItsGpus_data()
    {
        addLayoutColumns();
        addLayoutRows();
    }
    void nodeHoldsItsGpus()
    {
        QFETCH(qint64, gpus);
        QFETCH(qint64, perNode);
        QFETCH(QSize, area);
        const auto g = GpuGridGeometry::compute(gpus, perNode, area);
        const qint64 nodes = (gpus + perNode - 1) / perNode;
        QCOMPARE(g.nodeCount(), nodes);
        for (qint64 gpu = 0; gpu < gpus; gpu += sampleStep(gpus)) {
            QVERIFY(g.nodeRect(gpu / perNode).contains(g.cellRect(gpu)));
        }
        if (!g.nodesFolded() && nodes > 1) {
            // Nodes are further apart than cells, so they read as groups.
            QVERIFY(g.nodeGap() > g.cellGap());
            QVERIFY(!g.nodeRect(0).intersects(g.nodeRect(1)));
        }
    }

    void foldsOnlyWhenCellsGetTooSmall_data()
    {
        QTest::addColumn<qint64>("gpus");
        QTest::addColumn<QSize>("area");
        QTest::addColumn<bool>("folded");
        // 16 nodes of 4 x 2 cells: even 8 nodes across leave 800 / 32 = 25 px pitch.
        QTest::newRow("seed_128_in_800x600") << qint64(128) << QSize(800, 600) << false;
        QTest::newRow("8_in_800x600") << qint64(8) << QSize(800, 600) << false;
        // 2,048 nodes at the 5 px minimum pitch are 19 x 9 px blocks plus a 5 px node
        // gap: 24 x 14 = 336 px^2 each, 688,128 px^2 in all, more than the whole
        // 800 x 600 widget. So they fold.
        QTest::newRow("16k_in_800x600") << qint64(16384) << QSize(800, 600) << true;
        // ... but 82 blocks of 24 px across and 25 rows of 14 px fit 2000 x 1400.
        QTest::newRow("16k_in_2000x1400") << qint64(16384) << QSize(2000, 1400) << false;
        QTest::newRow("1m_in_800x600") << qint64(1048576) << QSize(800, 600) << true;
    }
    void foldsOnlyWhenCellsGetTooSmall()
    {
        QFETCH(qint64, gpus);
        QFETCH(QSize, area);
        QFETCH(bool, folded);
        const auto g = GpuGridGeometry::compute(gpus, 8, area);
        QCOMPARE(g.nodesFolded(), folded);
        QCOMPARE(g.gpusPerCell(), folded ? qint64(8) : qint64(1));
        QVERIFY(folded || g.pitch() >= GpuGridGeometry::kMinPitch);
        if (folded) {
            // Every GPU of a node shares the node's one cell.
            QCOMPARE(g.cellRect(8), g.cellRect(15));
            QCOMPARE(g.cellRect(15), g.nodeRect(1));
            QVERIFY(g.cellRect(15) != g.cellRect(16));
            QCOMPARE(g.cellAt(g.cellRect(13).center()), qint64(8));
        }
    }

    void tinyAreaSharesCellsAmongNodes()
    {
        // 131,072 nodes cannot get a pixel each in a 120 x 100 widget: after 8 px
        // margins and the 40 px legend the grid has 104 x 36 px. Several nodes share
        // a cell, and the cells still fit.
        const auto g = GpuGridGeometry::compute(1048576, 8, QSize(120, 100));
        QVERIFY(g.nodesFolded());
        QVERIFY(g.gpusPerCell() > 8);
        QCOMPARE(g.gpusPerCell() % 8, qint64(0));
        QVERIFY(g.cellCount() <= qint64(g.gridRect().width()) * g.gridRect().height());
        QCOMPARE(g.cellAt(g.cellRect(1048575).center()), g.firstGpuOfCell(g.cellOf(1048575)));
    }

    void degenerateInputsDrawNothing_data()
    {
        QTest::addColumn<qint64>("gpus");
        QTest::addColumn<qint64>("perNode");
        QTest::addColumn<QSize>("area");
        QTest::newRow("no_gpus") << qint64(0) << qint64(8) << QSize(800, 600);
        QTest::newRow("empty_area") << qint64(128) << qint64(8) << QSize(0, 0);
        QTest::newRow("only_room_for_legend") << qint64(128) << qint64(8) << QSize(300, 50);
        QTest::newRow("negative_area") << qint64(128) << qint64(8) << QSize(-5, -5);
    }
    void degenerateInputsDrawNothing()
    {
        QFETCH(qint64, gpus);
        QFETCH(qint64, perNode);
        QFETCH(QSize, area);
        const auto g = GpuGridGeometry::compute(gpus, perNode, area);
        QVERIFY(g.cellRect(0).isEmpty());
        QCOMPARE(g.cellAt(QPoint(10, 10)), qint64(-1));
        QVERIFY(g.nodeRect(0).isEmpty());
        QCOMPARE(g.neighbour(0, 1, 0), qint64(0));
    }

    void neighbourFollowsTheEye_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<int>("dx");
        QTest::addColumn<int>("dy");
        QTest::addColumn<qint64>("to");
        // 8 GPUs per node form 4 x 2 blocks: GPUs 0-3 on top, 4-7 below; node 1 sits
        // right of node 0.
        QTest::newRow("right_within_node") << qint64(0) << 1 << 0 << qint64(1);
        QTest::newRow("down_within_node") << qint64(1) << 0 << 1 << qint64(5);
        QTest::newRow("up_within_node") << qint64(6) << 0 << -1 << qint64(2);
        QTest::newRow("right_into_next_node") << qint64(3) << 1 << 0 << qint64(8);
        QTest::newRow("left_into_previous_node") << qint64(12) << -1 << 0 << qint64(7);
        QTest::newRow("left_edge_stays") << qint64(0) << -1 << 0 << qint64(0);
        QTest::newRow("top_edge_stays") << qint64(2) << 0 << -1 << qint64(2);
    }
    void neighbourFollowsTheEye()
    {
        QFETCH(qint64, from);
        QFETCH(int, dx);
        QFETCH(int, dy);
        QFETCH(qint64, to);
        const auto g = GpuGridGeometry::compute(128, 8, QSize(800, 600));
        QCOMPARE(g.cellColumns(), 4);
        QCOMPARE(g.cellRows(), 2);
        QVERIFY(g.nodeColumns() > 1);
        QCOMPARE(g.neighbour(from, dx, dy), to);
    }

    void downFromNodeRowEntersNodeBelow()
    {
        const auto g = GpuGridGeometry::compute(128, 8, QSize(800, 600));
        // GPU 4 is on node 0's lower row; below it is the top row of the node one
        // node-row down, i.e. node nodeColumns().
        QCOMPARE(g.neighbour(4, 0, 1), g.nodeColumns() * 8);
        QVERIFY(g.cellRect(4).bottom() < g.cellRect(g.nodeColumns() * 8).top());
    }
};

QTEST_APPLESS_MAIN(TestGpuGridGeometry)
#include "tst_gpugridgeometry.moc"
