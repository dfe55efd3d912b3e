// The GPU grid widget on real profiles: cells show the cost model's figures, idle
// GPUs are idle, the mouse and the keyboard select, and rendering works from the
// seed's 128 GPUs to a folded 16,384-GPU cluster.
//
// Set MOE_GRID_PNG_DIR to a directory to also write grid-seed.png and grid-16k.png
// there, for looking at.

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <cmath>
#include <set>

#include "widgets/colormap.h"
#include "model/evaluation.h"
#include "grid/gpugridwidget.h"
#include "profile/profileio.h"
#include "testprofiles.h"

using namespace moe;
using moe::ui::GpuGridWidget;
using moe::ui::GridMetric;

Q_DECLARE_METATYPE(moe::ui::GridMetric)

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

// The seed on a 16,384-GPU cluster, half of it in use: TP1 PP1 DP8192 EP64 puts one
// of the 64 experts on each GPU of an expert-parallel group.
Profile sixteenK()
{
    Profile p = test::builtin("seed");
    p.cluster.gpuCount = 16384;
    p.strategy = Strategy{};
    p.strategy.dp = 8192;
    p.strategy.ep = 64;
    p.workload.batch = 8192;
    return p;
}

QImage renderToImage(const GpuGridWidget& widget, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    widget.render(painter, image.rect());
    return image;
}

void maybeSave(const QImage& image, const char* name)
{
    const QString dir = qEnvironmentVariable("MOE_GRID_PNG_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(image.save(dir + QLatin1Char('/') + QLatin1String(name)));
    }
}

} // namespace

class TestGpuGridWidget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = test::builtin("seed");
        m_evaluation = evaluate(m_profile, Detail::PerGpu);
        QVERIFY(m_evaluation.valid);
        m_widget = std::make_unique<GpuGridWidget>();
        m_widget->resize(800, 600);
        m_widget->setEvaluation(m_profile, m_evaluation);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }
    void cleanup() { m_widget.reset(); }

    void cellValue_matchesCoreFigure_data()
    {
        QTest::addColumn<GridMetric>("metric");
        QTest::addColumn<int>("layer");
        QTest::addColumn<qint64>("gpu");
        QTest::newRow("memory_gpu0") << GridMetric::Memory << -1 << qint64(0);
        QTest::newRow("memory_gpu31_layer3_is_all_layers") << GridMetric::Memory << 3 << qint64(31);
        QTest::newRow("experts_gpu5_all_layers") << GridMetric::Experts << -1 << qint64(5);
        QTest::newRow("tokens_gpu7") << GridMetric::Tokens << -1 << qint64(7);
        QTest::newRow("a2a_gpu9") << GridMetric::AllToAllBytes << -1 << qint64(9);
        QTest::newRow("compute_gpu12") << GridMetric::ComputeTime << -1 << qint64(12);
    }
    void cellValue_matchesCoreFigure()
    {
        QFETCH(GridMetric, metric);
        QFETCH(int, layer);
        QFETCH(qint64, gpu);
        const GpuState& s = m_evaluation.gpus[static_cast<std::size_t>(gpu)];
        QVERIFY(s.used);
        // The units the legend shows: GiB for bytes, ms for time.
        double expected = 0;
        switch (metric) {
        case GridMetric::Memory:
            expected = s.memory.total() / kGiB;
            break;
        case GridMetric::Experts:
            expected = static_cast<double>(s.experts);
            break;
        case GridMetric::Tokens:
            expected = s.tokens;
            break;
        case GridMetric::AllToAllBytes:
            expected = s.a2aBytes / kGiB;
            break;
        case GridMetric::ComputeTime:
            expected = s.computeS * 1000.0;
            break;
        }
        QVERIFY(expected > 0);
        m_widget->setMetric(metric);
        m_widget->setLayer(layer);
        QCOMPARE(m_widget->cellValue(gpu), expected);
    }

    void layerView_showsThatLayersPlacement()
    {
        // 64 experts over EP 32: two per GPU in every MoE layer (one stage holds all).
        m_widget->setMetric(GridMetric::Experts);
        m_widget->setLayer(0);
        QCOMPARE(m_widget->cellValue(0), 2.0);
        QCOMPARE(m_widget->cellValue(31), 2.0);
        // ... and 2 x 16 layers over all layers.
        m_widget->setLayer(-1);
        QCOMPARE(m_widget->cellValue(0), 32.0);
        m_widget->setMetric(GridMetric::Tokens);
        m_widget->setLayer(5);
        const auto& placement = *m_evaluation.layers[5].placement;
        QCOMPARE(m_widget->cellValue(17), placement.rankTokens[static_cast<std::size_t>(m_evaluation.gpus[17].ep)]);
    }

    void layerOutsideStage_hostsNothing()
    {
        // With PP 2 the 16 layers split 8 and 8: GPUs of stage 1 host nothing of
        // layer 0, and stage 0's GPUs hold 64 / EP 8 = 8 experts of it.
        Strategy s = m_profile.strategy;
        s.pp = 2;
        s.dp = 8;
        s.ep = 8;
        const Evaluation ev = evaluate(m_profile, s, Detail::PerGpu);
        QVERIFY2(ev.valid, ev.error.c_str());
        m_widget->setEvaluation(m_profile, ev);
        m_widget->setMetric(GridMetric::Experts);
        m_widget->setLayer(0);
        const qint64 stage1 = 8;  // TP 1 x DP 8 GPUs per stage
        QCOMPARE(ev.gpus[stage1].pp, std::int64_t(1));
        QCOMPARE(m_widget->cellValue(stage1), 0.0);
        QCOMPARE(m_widget->cellValue(0), 8.0);
    }

    void idleGpu_isIdle()
    {
        // The seed uses GPUs 0 to 31 of 128.
        QVERIFY(!m_evaluation.gpus[40].used);
        for (GridMetric metric : ui::kGridMetrics) {
            m_widget->setMetric(metric);
            QVERIFY(std::isnan(m_widget->cellValue(40)));
        }
        QVERIFY(ui::describeGpu(m_evaluation, m_profile, 40, -1).contains(QStringLiteral("idle")));
    }

    void tooltip_describesGpu()
    {
        // GPU 17 is on node 17 / 8 = 2; with EP 32 it is EP rank 17 and, contiguously
        // placed, hosts experts 2 x 17 = 34 and 35.
        const QString text = ui::describeGpu(m_evaluation, m_profile, 17, -1);
        QVERIFY2(text.contains(QStringLiteral("GPU 17 · node 2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("EP 17")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("layer 0: experts 34, 35")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("64.0 GiB")), qPrintable(text));  // its capacity
        const QPoint at = m_widget->geometry().cellRect(17).center();
        QHelpEvent help(QEvent::ToolTip, at, m_widget->mapToGlobal(at));
        QVERIFY(QCoreApplication::sendEvent(m_widget.get(), &help));
        QCOMPARE(QToolTip::text(), text);
    }

    void click_selectsGpu_data()
    {
        QTest::addColumn<qint64>("gpu");
        QTest::newRow("first") << qint64(0);
        QTest::newRow("node_2") << qint64(17);
        QTest::newRow("idle") << qint64(40);
        QTest::newRow("last") << qint64(127);
    }
    void click_selectsGpu()
    {
        QFETCH(qint64, gpu);
        QSignalSpy spy(m_widget.get(), &GpuGridWidget::gpuSelected);
        QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, m_widget->geometry().cellRect(gpu).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<qint64>(), gpu);
        QCOMPARE(m_widget->selectedGpu(), gpu);
    }

    void clickOnGap_selectsNothing()
    {
        QSignalSpy spy(m_widget.get(), &GpuGridWidget::gpuSelected);
        QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, m_widget->geometry().legendRect().center());
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_widget->selectedGpu(), qint64(0));
    }

    void arrowKeys_moveSelection_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<qint64>("expected");
        // From GPU 1: a node is 4 x 2 cells, GPUs 0-3 above 4-7.
        QTest::newRow("right") << int(Qt::Key_Right) << qint64(2);
        QTest::newRow("left") << int(Qt::Key_Left) << qint64(0);
        QTest::newRow("down") << int(Qt::Key_Down) << qint64(5);
    }
    void arrowKeys_moveSelection()
    {
        QFETCH(int, key);
        QFETCH(qint64, expected);
        m_widget->setSelectedGpu(1);
        QSignalSpy spy(m_widget.get(), &GpuGridWidget::gpuSelected);
        m_widget->setFocus();
        QTest::keyClick(m_widget.get(), static_cast<Qt::Key>(key));
        QCOMPARE(m_widget->selectedGpu(), expected);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<qint64>(), expected);
    }

    void setSelectedGpu_doesNotEmit()
    {
        QSignalSpy spy(m_widget.get(), &GpuGridWidget::gpuSelected);
        m_widget->setSelectedGpu(9);
        QCOMPARE(m_widget->selectedGpu(), qint64(9));
        QCOMPARE(spy.count(), 0);
    }

    void render_colorsByValue()
    {
        // Zipf routing loads EP ranks unevenly, so token counts span a range: the
        // busiest GPU gets the top of the colour map, the least busy the bottom.
        m_profile.workload.routing.kind = RoutingKind::Zipf;
        m_evaluation = evaluate(m_profile, Detail::PerGpu);
        m_widget->setEvaluation(m_profile, m_evaluation);
        m_widget->setMetric(GridMetric::Tokens);
        m_widget->setSelectedGpu(100);  // keep the ring away from the cells looked at
        qint64 busiest = 0;
        qint64 idlest = 0;
        for (qint64 g = 0; g < m_evaluation.gpusUsed; ++g) {
            const auto& gpus = m_evaluation.gpus;
            busiest = gpus[g].tokens > gpus[busiest].tokens ? g : busiest;
            idlest = gpus[g].tokens < gpus[idlest].tokens ? g : idlest;
        }
        QVERIFY(m_evaluation.gpus[busiest].tokens > m_evaluation.gpus[idlest].tokens);
        const QImage image = renderToImage(*m_widget, m_widget->size());
        const auto& geometry = m_widget->geometry();
        QCOMPARE(image.pixelColor(geometry.cellRect(busiest).center()), ui::viridis(1.0));
        QCOMPARE(image.pixelColor(geometry.cellRect(idlest).center()), ui::viridis(0.0));
        std::set<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY(colours.size() >= 2);
    }

    void render_idleCellsUnlikeUsedOnes()
    {
        // The seed's 32 used GPUs all hold the same memory: one colour, the middle
        // of the map. Idle GPU 40 must not look like it, nor like the map's ends.
        const QImage image = renderToImage(*m_widget, m_widget->size());
        maybeSave(image, "grid-seed.png");
        const auto& geometry = m_widget->geometry();
        QCOMPARE(image.pixelColor(geometry.cellRect(5).center()), ui::viridis(0.5));
        const QRect idle = geometry.cellRect(40);
        for (const QPoint p : {idle.topLeft(), idle.center(), idle.bottomRight()}) {
            const QColor c = image.pixelColor(p);
            QVERIFY(c != ui::viridis(0.5) && c != ui::viridis(0.0) && c != ui::viridis(1.0));
        }
    }

    void sixteenK_rendersFolded()
    {
        const Profile p = sixteenK();
        QVERIFY(!checkStrategy(p, p.strategy));
        const Evaluation ev = evaluate(p, Detail::PerGpu);
        QVERIFY2(ev.valid, ev.error.c_str());
        QCOMPARE(ev.gpus.size(), std::size_t(16384));
        m_widget->setEvaluation(p, ev);
        m_widget->setMetric(GridMetric::Experts);
        QVERIFY(m_widget->geometry().nodesFolded());
        // A folded node shows its GPUs' largest value; every used GPU hosts one
        // expert in each of the 16 layers, the second half of the cluster is idle.
        QCOMPARE(m_widget->cellValue(3), 16.0);
        QVERIFY(std::isnan(m_widget->cellValue(16383)));
        const QImage image = renderToImage(*m_widget, m_widget->size());
        maybeSave(image, "grid-16k.png");
        QCOMPARE(image.pixelColor(m_widget->geometry().cellRect(800).center()), ui::viridis(0.5));
        // The tooltip of a folded cell speaks for the whole node: node 21 holds
        // GPUs 168 to 175, all in use.
        const QPoint at = m_widget->geometry().cellRect(8 * 21).center();
        QHelpEvent help(QEvent::ToolTip, at, m_widget->mapToGlobal(at));
        QVERIFY(QCoreApplication::sendEvent(m_widget.get(), &help));
        QVERIFY2(QToolTip::text().contains(QStringLiteral("node 21 · GPUs 168 to 175")), qPrintable(QToolTip::text()));
        QVERIFY2(QToolTip::text().contains(QStringLiteral("8 of 8 GPUs in use")), qPrintable(QToolTip::text()));
        // A click on a folded node selects its first GPU.
        QSignalSpy spy(m_widget.get(), &GpuGridWidget::gpuSelected);
        QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, m_widget->geometry().cellRect(8 * 21 + 5).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_widget->selectedGpu(), qint64(8 * 21));
    }

    void invalidStrategy_drawsAllIdle()
    {
        Strategy s = m_profile.strategy;
        s.ep = 3;  // 64 experts do not divide over 3 ranks
        const Evaluation ev = evaluate(m_profile, s, Detail::PerGpu);
        QVERIFY(!ev.valid);
        m_widget->setEvaluation(m_profile, ev);
        QCOMPARE(m_widget->geometry().gpuCount(), qint64(128));
        QVERIFY(std::isnan(m_widget->cellValue(0)));
        const QImage image = renderToImage(*m_widget, m_widget->size());
        QVERIFY(!image.isNull());
    }

private:
    Profile m_profile;
    Evaluation m_evaluation;
    std::unique_ptr<GpuGridWidget> m_widget;
};

QTEST_MAIN(TestGpuGridWidget)
#include "tst_gpugridwidget.moc"
