// The grid's expert view on hand-worked profiles: the seed (64 experts, top-2, EP 32,
// contiguous: two slots per GPU) with measured routing that makes expert 0 nine
// times as popular as each of the other 63 (weights 9, 1, ..., 1; total 72).
//
// Set MOE_SHOT_DIR to a directory to also write grid-experts.png there, for looking at.

#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QToolTip>

#include <cmath>

#include "grid/gpugridwidget.h"
#include "grid/gridlegend.h"
#include "model/evaluation.h"
#include "testprofiles.h"
#include "widgets/colormap.h"

using namespace moe;
using moe::ui::GpuGridWidget;
using moe::ui::GridMetric;

namespace {

Profile hotExpertProfile(double capacityFactor, std::int64_t redundant)
{
    Profile p = test::builtin("seed");
    p.workload.routing.kind = RoutingKind::Measured;
    std::vector<double> weights(64, 1.0);
    weights[0] = 9.0;
    p.workload.routing.loads = {weights};
    p.workload.capacityFactor = capacityFactor;
    p.strategy.redundantExperts = redundant;
    return p;
}

QImage renderToImage(const GpuGridWidget& widget)
{
    QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    widget.render(painter, image.rect());
    return image;
}

} // namespace

class TestGridExperts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_widget = std::make_unique<GpuGridWidget>();
        m_widget->resize(1000, 700);
        show(hotExpertProfile(100.0, 0));
        m_widget->setMetric(GridMetric::ExpertLoad);
        m_widget->setLayer(0);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }
    void cleanup() { m_widget.reset(); }

    void slots_carryTheirExpertsTokens()
    {
        QVERIFY(m_widget->expertsShown());
        // Capacity factor 100 drops nothing: expert 0 takes 9/72 = 12.5% of the
        // assignments, every other 1/72; GPU 0 (EP rank 0) holds experts 0 and 1.
        const auto& placement = *m_evaluation.layers[0].placement;
        const double assignments = placement.rankTokens[0] / (9.0 / 72 + 1.0 / 72);
        QCOMPARE(m_evaluation.gpus[0].ep, std::int64_t(0));
        QVERIFY(std::abs(m_widget->slotValue(0, 0, 0) - assignments * 9.0 / 72) < 1e-9 * assignments);
        QVERIFY(std::abs(m_widget->slotValue(0, 0, 1) - assignments / 72) < 1e-9 * assignments);
        // A GPU's slots add up to its EP rank's tokens.
        const double gpu5 = m_widget->slotValue(5, 0, 0) + m_widget->slotValue(5, 0, 1);
        QVERIFY(std::abs(gpu5 - placement.rankTokens[5]) < 1e-9 * gpu5);
        // The cell (folded view, tooltips) shows its busiest slot.
        QCOMPARE(m_widget->cellValue(0), m_widget->slotValue(0, 0, 0));
    }

    void hottestExpertAndStraggler_named()
    {
        QCOMPARE(m_widget->hottestExpert(), std::make_pair(0, std::int64_t(0)));
        QCOMPARE(m_widget->stragglerGpu(), qint64(0));  // EP rank 0 holds the hot expert
        // Scale relative to the mean slot (1/64 of the assignments): the hot slot at
        // 9/72 is past twice the mean, so it is the top; expert 1 at 1/72 sits at
        // (1/72) / (9/72) = 1/9 of it.
        const auto& scale = m_widget->scale();
        QCOMPARE(scale.position(m_widget->slotValue(0, 0, 0)), 1.0);
        QVERIFY(std::abs(scale.position(m_widget->slotValue(0, 0, 1)) - 1.0 / 9) < 1e-9);
        const QImage image = renderToImage(*m_widget);
        const QRect hot = m_widget->slotGrid(0).rect(0);
        const QRect cool = m_widget->slotGrid(0).rect(1);
        QCOMPARE(image.pixelColor(hot.topLeft()), ui::hotOutline());  // the hottest expert's outline
        QCOMPARE(image.pixelColor(hot.center()), ui::viridis(1.0));
        QCOMPARE(image.pixelColor(cool.center()), ui::viridis(1.0 / 9));
        // The straggler's red frame lies on its cell's edge.
        QCOMPARE(image.pixelColor(m_widget->geometry().cellRect(0).topLeft()), ui::hotOutline());
    }

    void hover_namesExpertShareReplicasAndDropped()
    {
        // Capacity factor 1: each slot takes 1/64 of the assignments; expert 0 is
        // routed 9/72 = 12.5% and drops (12.5% - 1/64) / 12.5% = 87.5% of it.
        show(hotExpertProfile(1.0, 0));
        const QPoint at = m_widget->slotGrid(0).rect(0).center();
        QHelpEvent help(QEvent::ToolTip, at, m_widget->mapToGlobal(at));
        QVERIFY(QCoreApplication::sendEvent(m_widget.get(), &help));
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("expert 0 · layer 0")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("12.5% of the layer's routed tokens")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("no replica")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("dropped over capacity: 87.5%")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("GPU 0 · node 0")), qPrintable(text));  // the GPU below it
        // Rank 0 still routes the most, 1/64 + 1/72 against 2/72 elsewhere: the straggler.
        QVERIFY2(text.contains(QStringLiteral("the straggler")), qPrintable(text));
    }

    void replicas_markedAndHighlightedOnClick()
    {
        // 32 redundant slots go to the 32 hottest experts (0, then 1 to 31 in order):
        // 96 slots, three per rank, contiguous. Slot 64 + i holds expert i, so
        // expert 0's replica is slot 64, the second slot of rank 64 / 3 = 21.
        show(hotExpertProfile(100.0, 32));
        QCOMPARE(m_widget->slotGrid(21).count(), qint64(3));
        const QPoint replica = m_widget->slotGrid(21).rect(1).center();
        const auto hit = m_widget->slotAt(replica);
        QCOMPARE(hit.expert, std::int64_t(0));
        QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, replica);
        QCOMPARE(m_widget->pickedExpert(), std::make_pair(0, std::int64_t(0)));
        QCOMPARE(m_widget->selectedGpu(), qint64(21));
        // Both replicas are outlined, other slots are not; the replica corner is light.
        m_widget->setSelectedGpu(100);  // keep the selection ring off the cells looked at
        const QImage image = renderToImage(*m_widget);
        for (const QRect r : {m_widget->slotGrid(0).rect(0), m_widget->slotGrid(21).rect(1)}) {
            QCOMPARE(image.pixelColor(r.bottomRight()), ui::pickedOutline());
            QCOMPARE(image.pixelColor(r.topLeft()), ui::pickedOutline());
            QCOMPARE(image.pixelColor(r.topLeft() + QPoint(2, 2)), QColor(Qt::white));
        }
        QVERIFY(image.pixelColor(m_widget->slotGrid(5).rect(0).bottomRight()) != ui::pickedOutline());
        const QString dir = qEnvironmentVariable("MOE_SHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(image.save(dir + QStringLiteral("/grid-experts.png")));
        }
        // The tooltip names both GPUs.
        QHelpEvent help(QEvent::ToolTip, replica, m_widget->mapToGlobal(replica));
        QVERIFY(QCoreApplication::sendEvent(m_widget.get(), &help));
        QVERIFY2(QToolTip::text().contains(QStringLiteral("2 replicas in this EP group, on GPUs 0, 21")),
                 qPrintable(QToolTip::text()));
    }

    void allLayers_layerBySlotHeatMap()
    {
        // 16 MoE layers, two slots: 16 rows of 2 columns.
        m_widget->setLayer(-1);
        QVERIFY(m_widget->expertsShown());
        const auto grid = m_widget->slotGrid(0);
        QCOMPARE(grid.rows(), 16);
        QCOMPARE(grid.columns(), 2);
        const auto hit = m_widget->slotAt(grid.rect(2 * 7 + 1).center());  // row 7, slot 1
        QCOMPARE(hit.layer, 7);
        QCOMPARE(hit.expert, std::int64_t(1));
    }

    void deepSeekPowerLaw_showsSlotsAtWindowSize()
    {
        // The example: DeepSeek-V3 decode on EP 144 with power-law routing; at the
        // grid's usual size every slot is shown. 256 experts over 144 ranks,
        // contiguous: the first 256 - 144 = 112 ranks hold two, the other 32 one.
        Profile p = test::builtin("deepseek-v3-decode-ep144-h800");
        p.workload.routing.kind = RoutingKind::PowerLaw;
        p.workload.routing.powerLawAlpha = 1.2;
        p.workload.capacityFactor = 1000;
        p.strategy.placement = PlacementPolicy::Contiguous;
        p.strategy.redundantExperts = 0;
        m_widget->resize(1100, 520);
        show(p);
        QVERIFY(m_widget->expertsShown());
        QCOMPARE(m_widget->slotGrid(111).count(), qint64(2));
        QCOMPARE(m_widget->slotGrid(112).count(), qint64(1));
        // The hottest expert's slot is the top of the scale, and its GPU holds it.
        const auto [layer, expert] = m_widget->hottestExpert();
        QVERIFY(expert >= 0);
        const auto hit = m_widget->slotAt(m_widget->slotGrid(m_widget->stragglerGpu()).rect(0).center());
        QCOMPARE(hit.gpu, m_widget->stragglerGpu());
        const QString dir = qEnvironmentVariable("MOE_SHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(renderToImage(*m_widget).save(dir + QStringLiteral("/grid-deepseek-layer0.png")));
            p.strategy.placement = PlacementPolicy::Eplb;
            p.strategy.redundantExperts = 32;
            show(p);
            QVERIFY(renderToImage(*m_widget).save(dir + QStringLiteral("/grid-deepseek-eplb.png")));
            m_widget->resize(1100, 1000);
            m_widget->setLayer(-1);
            QVERIFY(renderToImage(*m_widget).save(dir + QStringLiteral("/grid-deepseek-all-layers.png")));
        }
    }

    void smallCells_foldToGpusAndSayWhy()
    {
        // 128 GPUs in 200 x 150 px: cells of a few pixels cannot hold two slots.
        m_widget->resize(200, 150);
        QVERIFY(!m_widget->expertsShown());
        QVERIFY(!m_widget->slotGrid(0).fits());
        QCOMPARE(m_widget->slotAt(m_widget->geometry().cellRect(0).center()).expert, std::int64_t(-1));
    }

private:
    void show(const Profile& profile)
    {
        m_profile = profile;
        m_evaluation = evaluate(m_profile, Detail::PerGpu);
        QVERIFY2(m_evaluation.valid, m_evaluation.error.c_str());
        m_widget->resetScale();
        m_widget->setEvaluation(m_profile, m_evaluation);
    }

    Profile m_profile;
    Evaluation m_evaluation;
    std::unique_ptr<GpuGridWidget> m_widget;
};

QTEST_MAIN(TestGridExperts)
#include "tst_gridexperts.moc"
