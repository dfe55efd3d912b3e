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
#include "grid/gridlegend.h"
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

    // The expert view's caption ("Expert load per slot · all layers · hottest: expert 32
    // of layer 3 · busiest slot per GPU (enlarge to see each expert) · straggler: GPU 0
    // (red)") was cut at the window's 980 px at 1366x768: it now takes a second line
    // from the cells where it is longer than the room beside the key, and one line
    // where it fits.
    void longCaption_takesASecondLine()
    {
        const Profile profile = test::builtin("deepseek-v3-day6-decode-h800");
        const Evaluation ev = evaluate(profile, Detail::PerGpu);
        QVERIFY(ev.valid);
        GpuGridWidget grid;
        grid.setEvaluation(profile, ev);
        grid.setMetric(GridMetric::ExpertLoad);
        const int line = grid.fontMetrics().height();
        grid.resize(980, 330);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QTRY_VERIFY(grid.geometry().legendRect().height() >= 2 * line);
        maybeSave(renderToImage(grid, grid.size()), "grid-two-line-caption.png");
        grid.resize(2400, 330);
        QTRY_VERIFY(grid.geometry().legendRect().height() < 2 * line);
        // The memory view's caption fits one line at 980 px.
        grid.setMetric(GridMetric::Memory);
        grid.resize(980, 330);
        QTRY_VERIFY(grid.geometry().legendRect().height() < 2 * line);
    }

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
        QTest::newRow("expert_load_gpu3_layer2") << GridMetric::ExpertLoad << 2 << qint64(3);
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
        case GridMetric::ExpertLoad:
            // Uniform routing: the rank's two slots carry half its tokens each.
            expected = m_evaluation.layers[static_cast<std::size_t>(layer)]
                           .placement->rankTokens[static_cast<std::size_t>(s.ep)]
                / 2.0;
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
        // layer 0 (no value: drawn hatched, not as a real 0), and stage 0's GPUs hold
        // 64 / EP 8 = 8 experts of it.
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
        QVERIFY(std::isnan(m_widget->cellValue(stage1)));
        QCOMPARE(m_widget->cellValue(0), 8.0);
        // Stage 0 is node 0, stage 1 node 1: a thick line in the node gap between
        // GPU 7 (end of node 0's second row) and GPU 12 (start of node 1's).
        m_widget->setSelectedGpu(100);
        const QImage image = renderToImage(*m_widget, m_widget->size());
        const QRect left = m_widget->geometry().cellRect(7);
        const QRect right = m_widget->geometry().cellRect(12);
        QCOMPARE(m_widget->geometry().neighbour(7, 1, 0), qint64(12));
        const QPoint gap((left.right() + right.left() + 1) / 2, left.center().y());
        QCOMPARE(image.pixelColor(gap), m_widget->palette().color(QPalette::WindowText));
        // The seed's one stage and one EP group have no such line.
        m_widget->setEvaluation(m_profile, m_evaluation);
        const QImage seed = renderToImage(*m_widget, m_widget->size());
        QVERIFY(seed.pixelColor(gap) != m_widget->palette().color(QPalette::WindowText));
    }

    void memoryColour_isFractionOfCapacity()
    {
        // 50% of capacity is mid-scale whatever the other GPUs hold: the seed's GPUs
        // use m of 64 GiB, so GPU 5 is drawn at viridis(m / 64 GiB).
        m_widget->setSelectedGpu(100);
        const QImage image = renderToImage(*m_widget, m_widget->size());
        const double fraction = m_evaluation.gpus[5].memory.total() / m_evaluation.capacityBytes;
        QCOMPARE(image.pixelColor(m_widget->geometry().cellRect(5).center()), ui::viridis(fraction));
        QCOMPARE(m_widget->scale().top, m_evaluation.capacityBytes / kGiB);
    }

    void overCapacity_isMarked()
    {
        // EP 1 puts all 64 experts on every GPU: over the 64 GiB (docs/explorer.md).
        Strategy s = m_profile.strategy;
        s.ep = 1;
        const Evaluation ev = evaluate(m_profile, s, Detail::PerGpu);
        QVERIFY(ev.gpus[0].memory.total() > ev.capacityBytes);
        m_widget->setEvaluation(m_profile, ev);
        m_widget->setSelectedGpu(100);
        QVERIFY(m_widget->scale().beyond(m_widget->cellValue(0)));
        const QImage image = renderToImage(*m_widget, m_widget->size());
        QCOMPARE(image.pixelColor(m_widget->geometry().cellRect(1).topLeft()), ui::hotOutline());
    }

    void scale_heldAcrossEdits_resetOnMetricChange()
    {
        m_widget->setMetric(GridMetric::Tokens);
        const double top = m_widget->scale().top;
        // Uniform routing loads every GPU alike with t tokens: the scale's top is 2t.
        // Three times the batch is 3t, drawn on the scale the drag began with: beyond it.
        Profile bigger = m_profile;
        bigger.workload.batch *= 3;
        const Evaluation ev = evaluate(bigger, Detail::PerGpu);
        m_widget->setEvaluation(bigger, ev);
        QCOMPARE(m_widget->scale().top, top);
        QVERIFY(m_widget->scale().beyond(m_widget->cellValue(0)));
        // A change of metric and back makes a fresh one.
        m_widget->setMetric(GridMetric::Experts);
        m_widget->setMetric(GridMetric::Tokens);
        QVERIFY(m_widget->scale().top > top);
        QVERIFY(!m_widget->scale().beyond(m_widget->cellValue(0)));
        // So does resetScale() (opening a profile), from the next evaluation on.
        m_widget->setEvaluation(m_profile, m_evaluation);
        QVERIFY(m_widget->scale().top > top);
        m_widget->resetScale();
        m_widget->setEvaluation(m_profile, m_evaluation);
        QCOMPARE(m_widget->scale().top, top);
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
        // Zipf routing loads EP ranks unevenly. Tokens are drawn from 0 to
        // max(2 x mean, largest) (docs/explorer.md, "Colour scales").
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
        double sum = 0;
        for (qint64 g = 0; g < m_evaluation.gpusUsed; ++g) {
            sum += m_evaluation.gpus[g].tokens;
        }
        const double top = std::max(2.0 * sum / static_cast<double>(m_evaluation.gpusUsed),
                                    m_evaluation.gpus[busiest].tokens);
        const QImage image = renderToImage(*m_widget, m_widget->size());
        const auto& geometry = m_widget->geometry();
        QCOMPARE(image.pixelColor(geometry.cellRect(busiest).center()),
                 ui::viridis(m_evaluation.gpus[busiest].tokens / top));
        QCOMPARE(image.pixelColor(geometry.cellRect(idlest).center()),
                 ui::viridis(m_evaluation.gpus[idlest].tokens / top));
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
        // The seed's 32 used GPUs all hold the same memory: one colour, at its share
        // of capacity. Idle GPU 40 must not look like it, nor like the map's ends.
        const QImage image = renderToImage(*m_widget, m_widget->size());
        maybeSave(image, "grid-seed.png");
        const auto& geometry = m_widget->geometry();
        QCOMPARE(image.pixelColor(geometry.cellRect(5).center()),
                 ui::viridis(m_evaluation.gpus[5].memory.total() / m_evaluation.capacityBytes));
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
        // Counts are drawn from 0 to the largest: 16 of 16 is the top colour.
        QCOMPARE(image.pixelColor(m_widget->geometry().cellRect(800).center()), ui::viridis(1.0));
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
