// Where a GPU cell's expert slots go: hit testing inverts drawing, slots stay inside
// their cell and apart, and a cell folds (fits() false) exactly when sub-cells would
// fall below SlotGrid's minimum. Expected shapes are worked by hand in each row.

#include <QTest>

#include <algorithm>

#include "grid/slotgrid.h"

using moe::ui::SlotGrid;

namespace {

// forSlots: the column count c maximising side = min(width / c, height / ceil(n / c)),
// the first such c on ties; it fits when that side is at least 4 px. Sub-cells are
// width / c by height / rows, seam included.
void addSlotRows()
{
    QTest::addColumn<QRect>("cell");
    QTest::addColumn<qint64>("slots");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("rows");
    // c = 1: min(40, 40 / 2) = 20; c = 2: min(20, 40) = 20, a tie: one column of two
    // 40 x 20 bars.
    QTest::newRow("two_slots_40px") << QRect(10, 20, 40, 40) << qint64(2) << true << 1 << 2;
    // c = 2: 10; c = 3: min(13, 40 / 3 = 13) = 13; c = 4: min(10, 20) = 10: three columns.
    QTest::newRow("eight_slots_40px") << QRect(0, 0, 40, 40) << qint64(8) << true << 3 << 3;
    // 16 x 16 slots of 4 px fill 64 px exactly.
    QTest::newRow("256_slots_64px") << QRect(5, 5, 64, 64) << qint64(256) << true << 16 << 16;
    // One pixel less: the best is min(63 / 16, 63 / 16) = 3 < 4, so the cell folds.
    QTest::newRow("256_slots_63px_folds") << QRect(5, 5, 63, 63) << qint64(256) << false << 0 << 0;
    // A wide cell: c = 3 gives min(20 / 3 = 6, 8 / 2 = 4) = 4 first (c = 4, 5 tie at 4).
    QTest::newRow("five_slots_wide_cell") << QRect(0, 0, 20, 8) << qint64(5) << true << 3 << 2;
    QTest::newRow("one_slot_small_cell") << QRect(0, 0, 4, 4) << qint64(1) << true << 1 << 1;
    QTest::newRow("one_slot_3px_folds") << QRect(0, 0, 3, 3) << qint64(1) << false << 0 << 0;
    QTest::newRow("no_slots") << QRect(0, 0, 40, 40) << qint64(0) << false << 0 << 0;
}

// forLayers: columns of width / slots >= 2 px, rows of height / layers >= 1 px.
void addLayerRows()
{
    QTest::addColumn<QRect>("cell");
    QTest::addColumn<qint64>("layers");
    QTest::addColumn<qint64>("slots");
    QTest::addColumn<bool>("fits");
    // DeepSeek-V3's 58 MoE layers need 58 px of height; 40 px folds.
    QTest::newRow("58_layers_40px_folds") << QRect(0, 0, 40, 40) << qint64(58) << qint64(2) << false;
    QTest::newRow("58_layers_60px") << QRect(3, 4, 60, 60) << qint64(58) << qint64(2) << true;
    // 40 / 32 = 1 px columns are too thin; 40 / 16 = 2 px are not.
    QTest::newRow("32_slots_40px_folds") << QRect(0, 0, 40, 40) << qint64(4) << qint64(32) << false;
    QTest::newRow("16_slots_40px") << QRect(0, 0, 40, 40) << qint64(4) << qint64(16) << true;
    QTest::newRow("one_layer") << QRect(0, 0, 30, 30) << qint64(1) << qint64(3) << true;
}

// Every sub-cell lies in the cell, hit testing finds it at its corners and centre,
// and no two sub-cells overlap.
void checkInverse(const SlotGrid& g, const QRect& cell)
{
    for (qint64 i = 0; i < g.count(); ++i) {
        const QRect r = g.rect(i);
        QVERIFY2(!r.isEmpty() && cell.contains(r), qPrintable(QStringLiteral("slot %1").arg(i)));
        QCOMPARE(g.at(r.topLeft()), i);
        QCOMPARE(g.at(r.center()), i);
        QCOMPARE(g.at(r.bottomRight()), i);
        if (i > 0) {
            QVERIFY(!r.intersects(g.rect(i - 1)));
        }
    }
    QVERIFY(g.rect(g.count()).isEmpty());
    QVERIFY(g.rect(-1).isEmpty());
    QCOMPARE(g.at(cell.topLeft() - QPoint(1, 1)), qint64(-1));
}

} // namespace

class TestSlotGrid : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void forSlots_shapeAndFolding_data() { addSlotRows(); }
    void forSlots_shapeAndFolding()
    {
        QFETCH(QRect, cell);
        QFETCH(qint64, slots);
        QFETCH(bool, fits);
        QFETCH(int, columns);
        QFETCH(int, rows);
        const SlotGrid g = SlotGrid::forSlots(cell, slots);
        QCOMPARE(g.fits(), fits);
        if (!fits) {
            QVERIFY(g.rect(0).isEmpty());
            QCOMPARE(g.at(cell.center()), qint64(-1));
            return;
        }
        QCOMPARE(g.columns(), columns);
        QCOMPARE(g.rows(), rows);
        QCOMPARE(g.count(), slots);
        checkInverse(g, cell);
        // Sub-cells fill the cell (less the last seam) and keep kMinSide - 1 px of colour.
        const QRect first = g.rect(0);
        QCOMPARE(first.width(), cell.width() / columns - 1);
        QCOMPARE(first.height(), cell.height() / rows - 1);
        QVERIFY(std::min(first.width(), first.height()) >= SlotGrid::kMinSide - 1);
        if (slots > 1 && columns > 1) {
            QCOMPARE(g.rect(1).left() - first.right() - 1, 1);
            QCOMPARE(g.at(QPoint(first.right() + 1, first.center().y())), qint64(-1));  // the seam
        }
    }

    void forLayers_shapeAndFolding_data() { addLayerRows(); }
    void forLayers_shapeAndFolding()
    {
        QFETCH(QRect, cell);
        QFETCH(qint64, layers);
        QFETCH(qint64, slots);
        QFETCH(bool, fits);
        const SlotGrid g = SlotGrid::forLayers(cell, layers, slots);
        QCOMPARE(g.fits(), fits);
        if (!fits) {
            return;
        }
        QCOMPARE(g.rows(), static_cast<int>(layers));
        QCOMPARE(g.columns(), static_cast<int>(slots));
        checkInverse(g, cell);
        // Row r is layer r: sub-cell (r, s) sits r rows below (0, s).
        const qint64 last = (layers - 1) * slots;
        QCOMPARE(g.rect(last).left(), g.rect(0).left());
        QCOMPARE(g.rect(last).top(), g.rect(0).top() + static_cast<int>(layers - 1) * g.rect(0).height());
        QVERIFY(g.rect(0).width() >= SlotGrid::kMinColumnWidth);
    }
};

QTEST_GUILESS_MAIN(TestSlotGrid)
#include "tst_slotgrid.moc"
