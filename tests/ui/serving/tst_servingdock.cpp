// The Serving dock: a plan off the GUI thread fills the chart and the front's table
// with core's plan, names the best deployment meeting the targets (or the closest),
// marks the current profile's own point, applies a picked point as one undo step, and
// goes stale when the model changes.

#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScopeGuard>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTest>
#include <QValueAxis>
#include <QChart>
#include <QUndoStack>

#include "document/explorerstate.h"
#include "longwait.h"
#include "serving/servingdock.h"
#include "search/servingplan.h"
#include "serving/servingscatter.h"
#include "servingprofile.h"
#include "shots.h"
#include "base/units.h"

using namespace moe;
using namespace moe::ui;

namespace {

Profile serving()
{
    return test::smallServingProfile();
}

void plan(ServingDock& dock, const ServingSpec& request)
{
    QSignalSpy finished(&dock, &ServingDock::planFinished);
    dock.setRequest(request);
    dock.startPlan();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, test::kBackgroundWorkMs);
}

} // namespace

class TestServingDock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The dock has no chunk field: it plans with the profile's
    // workload.serving.chunk_tokens, the plan core makes for that chunk (128 computed
    // prompt tokens per replica and step), not the whole-prompt one.
    void plan_usesTheProfilesChunk()
    {
        Profile profile = serving();
        profile.workload.serving = ServingSpec{1024, 256, std::nullopt, std::nullopt, false, 128};
        ExplorerState state(profile);
        ServingDock dock(state);
        QVERIFY(dock.request().chunkTokens == std::int64_t{128});
        plan(dock, dock.request());
        const ServingPlan chunked = planServing(state.profile(), *profile.workload.serving);
        ServingSpec whole = *profile.workload.serving;
        whole.chunkTokens.reset();
        const ServingPlan unchunked = planServing(state.profile(), whole);
        QCOMPARE(dock.plan().points.size(), chunked.points.size());
        bool differs = dock.plan().points.size() != unchunked.points.size();
        for (std::size_t i = 0; i < chunked.points.size(); ++i) {
            QCOMPARE(dock.plan().points[i].tpotS, chunked.points[i].tpotS);
            QCOMPARE(dock.plan().points[i].ttftS, chunked.points[i].ttftS);
            differs = differs || (i < unchunked.points.size() && unchunked.points[i].ttftS != chunked.points[i].ttftS);
        }
        QVERIFY(differs);
    }

    // Issue 14: the dock did not say which chunk it plans with. Beside the settings:
    // the profile's chunk with its unit and the locale's grouping, whole prompts when
    // it has none, and whole prompts for disaggregated workers (core prefills their
    // batch whole: servingplan.cpp times no chunk step for them). It follows the
    // profile.
    void chunk_shownWithTheSettings()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        Profile profile = serving();
        profile.workload.serving = ServingSpec{16384, 256, std::nullopt, std::nullopt, false, 8192};
        ExplorerState state(profile);
        ServingDock dock(state);
        dock.resize(1366, 400);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QCOMPARE(dock.chunkText(), QStringLiteral("prefill: chunk 8,192 tokens"));
        test::saveShot(dock, QStringLiteral("serving-chunk.png"));
        // The profile's chunk removed: each prompt whole.
        profile.workload.serving->chunkTokens.reset();
        state.setProfile(profile, QStringLiteral("no chunk"));
        QCOMPARE(dock.chunkText(), QStringLiteral("prefill: whole prompts"));
        // And set again, in German figures.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        profile.workload.serving->chunkTokens = 2048;
        state.setProfile(profile, QStringLiteral("chunk"));
        QCOMPARE(dock.chunkText(), QStringLiteral("prefill: chunk 2.048 tokens"));
        // Disaggregated workers prefill whole prompts whatever the chunk.
        ServingSpec disaggregated = dock.request();
        disaggregated.disaggregated = true;
        dock.setRequest(disaggregated);
        QCOMPARE(dock.chunkText(), QStringLiteral("prefill: whole prompts (disaggregated)"));
    }

    void plan_fillsViewsWithCorePlan()
    {
        ExplorerState state(serving());
        ServingDock dock(state);
        dock.show();  // a hidden dock leaves its ring and staleness until it is shown
        const ServingSpec request{1024, 256, std::nullopt, 50.0, false};
        plan(dock, request);
        const ServingPlan expected = planServing(state.profile(), request);
        QCOMPARE(dock.plan().points.size(), expected.points.size());
        std::size_t front = 0;
        for (const ServingPoint& p : expected.points) {
            front += p.onFront;
        }
        QCOMPARE(static_cast<std::size_t>(dock.table()->rowCount()), front);
        const int plotted = dock.scatter()->meetingPoints()->count() + dock.scatter()->missingPoints()->count();
        QCOMPARE(static_cast<std::size_t>(plotted), expected.points.size());
        QVERIFY(expected.best.has_value());
        QCOMPARE(dock.scatter()->bestPoint()->count(), 1);
        QVERIFY2(dock.summaryText().startsWith(QStringLiteral("Best meeting the targets: ")
                                               + deploymentText(expected.points[*expected.best])),
                 qPrintable(dock.summaryText()));
        // The TPOT target of 50 ms is the vertical line at 20 tokens/s per user.
        QCOMPARE(dock.scatter()->tpotTarget()->count(), 2);
        QCOMPARE(dock.scatter()->tpotTarget()->at(0).x(), 20.0);
        // The profile's own deployment (DP8 EP8, batch 64) is ringed where core puts it.
        const auto own = servingPointOf(state.profile(), request);
        QVERIFY(own.has_value());
        QCOMPARE(dock.scatter()->currentMarker()->count(), 1);
        QCOMPARE(dock.scatter()->currentMarker()->at(0).y(), own->outputTokensPerSPerGpu);

        if (const QByteArray dir = qgetenv("MOE_SHOT_DIR"); !dir.isEmpty()) {
            dock.resize(1200, 520);
            dock.show();
            QTest::qWait(200);
            dock.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/serving-dock.png"));
        }
    }

    // The Concurrency slider sets the batch to 2^k sequences per DP replica, one undo
    // step per drag; the ring and the summary's TTFT and TPOT follow, where core's
    // servingPointOf puts the profile at that batch, on the plan's own point for it.
    void concurrencySlider_movesTheRing()
    {
        ExplorerState state(serving());
        ServingDock dock(state);
        dock.show();  // a hidden dock leaves its ring until it is shown
        const ServingSpec request{1024, 256, std::nullopt, std::nullopt, false};
        plan(dock, request);
        QSlider* slider = dock.concurrencySlider();
        QCOMPARE(slider->value(), 3);  // batch 64 on DP8: 8 = 2^3 per replica
        const int before = state.undoStack()->count();
        state.beginGesture();  // as a drag does from press to release
        slider->setValue(5);
        slider->setValue(6);
        state.endGesture();
        QCOMPARE(state.undoStack()->count(), before + 1);
        QCOMPARE(state.profile().workload.batch, std::int64_t{512});  // 2^6 x DP8

        Profile at512 = serving();
        at512.workload.batch = 512;
        const auto expected = servingPointOf(at512, request);
        QVERIFY(expected.has_value());
        QVERIFY(dock.currentPoint().has_value());
        QCOMPARE(dock.currentPoint()->ttftS, expected->ttftS);
        QCOMPARE(dock.currentPoint()->tpotS, expected->tpotS);
        QCOMPARE(dock.scatter()->currentMarker()->count(), 1);
        QCOMPARE(dock.scatter()->currentMarker()->at(0).x(), expected->tokensPerSPerUser);
        QCOMPARE(dock.scatter()->currentMarker()->at(0).y(), expected->outputTokensPerSPerGpu);
        const QString ttft = QString::fromStdString(formatSeconds(expected->ttftS));
        const QString tpot = QString::fromStdString(formatSeconds(expected->tpotS));
        QVERIFY2(dock.summaryText().contains(QStringLiteral("TTFT %1, TPOT %2").arg(ttft, tpot)),
                 qPrintable(dock.summaryText()));
        // The plan timed the same deployment: the ring sits on its point.
        bool onPlan = false;
        for (const ServingPoint& p : dock.plan().points) {
            if (p.decode.strategy == at512.strategy && p.decode.concurrency == 512) {
                onPlan = p.tpotS == expected->tpotS && p.outputTokensPerSPerGpu == expected->outputTokensPerSPerGpu;
            }
        }
        QVERIFY(onPlan);
        // Moving to 1 per replica changes the figures: fewer sequences, faster per user.
        slider->setValue(0);
        QCOMPARE(state.profile().workload.batch, std::int64_t{8});
        QVERIFY(dock.currentPoint().has_value());
        QVERIFY(dock.currentPoint()->tpotS < expected->tpotS);
        // The batch edited elsewhere (the Parameters dock) moves the slider: 16 on DP8 is 2.
        Profile edited = state.profile();
        edited.workload.batch = 16;
        state.setProfile(edited);
        QCOMPARE(slider->value(), 1);
    }

    // Two-batch overlap needs a sequence per micro-batch: at one per replica the slider
    // leaves one micro-batch, and moving up gives the two back; neither makes the plan
    // stale, which reads what the profile serves with (servingBase), not the last clamp.
    void concurrencySlider_keepsTwoBatchOverlap()
    {
        Profile twoBatch = serving();
        twoBatch.workload.microBatches = 2;
        OverlapPolicy overlap;
        overlap.expert = ExpertOverlap::TwoBatch;
        twoBatch.workload.overlap = overlap;
        ExplorerState state(twoBatch);
        ServingDock dock(state);
        dock.show();
        plan(dock, {1024, 256, std::nullopt, std::nullopt, false});
        QSlider* slider = dock.concurrencySlider();
        slider->setValue(0);
        QCOMPARE(state.profile().workload.microBatches, std::int64_t{1});
        QVERIFY(!state.problem());
        QVERIFY(!dock.isStale());
        slider->setValue(4);
        QCOMPARE(state.profile().workload.microBatches, std::int64_t{2});
        QVERIFY(!dock.isStale());
    }

    void unmeetableTarget_namesTheClosest()
    {
        ExplorerState state(serving());
        ServingDock dock(state);
        dock.show();  // a hidden dock leaves its ring and staleness until it is shown
        plan(dock, {1024, 256, 0.1, std::nullopt, false});  // 0.1 ms: the spin box's smallest step
        QVERIFY2(dock.summaryText().startsWith(QStringLiteral("nothing meets TTFT")), qPrintable(dock.summaryText()));
        QVERIFY(dock.summaryText().contains(QStringLiteral("; closest: ")));
        // A cut deployment reads whole in its tooltip.
        // Each row says which target it misses.
        QVERIFY2(dock.table()->item(0, 5)->toolTip().contains(QStringLiteral("(misses TTFT <= ")),
                 qPrintable(dock.table()->item(0, 5)->toolTip()));
        // The closest is in the table, on the front or off it, so that it can be applied.
        bool listed = false;
        for (int row = 0; row < dock.table()->rowCount(); ++row) {
            listed = listed || dock.table()->item(row, 0)->data(Qt::UserRole + 1).toULongLong() == *dock.plan().closest;
        }
        QVERIFY(listed);
        // The star marks the closest instead, under its own name.
        QCOMPARE(dock.scatter()->bestPoint()->count(), 1);
        QCOMPARE(dock.scatter()->bestPoint()->name(), QStringLiteral("closest"));
        const ServingPoint& closest = dock.plan().points[*dock.plan().closest];
        QCOMPARE(dock.scatter()->bestPoint()->at(0).x(), closest.tokensPerSPerUser);
    }

    // A TPOT limit nobody comes near (0.1 ms: 10,000 tokens/s per user) is named in the
    // title, not drawn: drawn, its axis squeezed every point against the left edge.
    void farTpotLimit_namedNotDrawn()
    {
        ExplorerState state(serving());
        ServingDock dock(state);
        dock.show();
        plan(dock, {1024, 256, std::nullopt, 0.1, false});
        QCOMPARE(dock.scatter()->tpotTarget()->count(), 0);
        QVERIFY2(dock.scatter()->chart()->title().contains(QStringLiteral("the TPOT limit is off the chart, at 10")),
                 qPrintable(dock.scatter()->chart()->title()));
        double fastest = 0;
        for (const ServingPoint& p : dock.plan().points) {
            fastest = std::max(fastest, p.tokensPerSPerUser);
        }
        const auto* x = static_cast<QValueAxis*>(dock.scatter()->chart()->axes(Qt::Horizontal).front());
        QVERIFY2(x->max() < 2 * fastest, qPrintable(QString::number(x->max())));
    }

    // The legend lists what the chart draws: no "TPOT limit" without a line, no "misses
    // one" without a point missing a target.
    void legend_listsOnlyWhatIsDrawn()
    {
        ExplorerState state(serving());
        ServingDock dock(state);
        dock.show();
        const auto shown = [&](QAbstractSeries* series) {
            const QList<QLegendMarker*> markers = dock.scatter()->chart()->legend()->markers(series);
            return !markers.isEmpty() && markers.front()->isVisible();
        };
        plan(dock, {1024, 256, std::nullopt, std::nullopt, false});  // no targets: every point meets them
        QCOMPARE(dock.scatter()->missingPoints()->count(), 0);
        QVERIFY(!shown(dock.scatter()->missingPoints()));
        QVERIFY(!shown(dock.scatter()->tpotTarget()));
        QVERIFY(shown(dock.scatter()->meetingPoints()));
        // 0.1 ms: no point meets it, and the line is off the chart (farTpotLimit_namedNotDrawn).
        plan(dock, {1024, 256, std::nullopt, 0.1, false});
        QVERIFY(dock.scatter()->missingPoints()->count() > 0);
        QVERIFY(shown(dock.scatter()->missingPoints()));
        QVERIFY(!shown(dock.scatter()->tpotTarget()));
        // 50 ms: the line at 20 tokens/s per user (plan_fillsViewsWithCorePlan).
        plan(dock, {1024, 256, std::nullopt, 50.0, false});
        QCOMPARE(dock.scatter()->tpotTarget()->count(), 2);
        QVERIFY(shown(dock.scatter()->tpotTarget()));
    }

    // A picked point becomes the profile's strategy and batch, as one undo step, and the
    // ring moves onto it.
    void pickedPoint_appliedAsOneUndoStep()
    {
        ExplorerState state(serving());
        ServingDock dock(state);
        dock.show();  // a hidden dock leaves its ring and staleness until it is shown
        const ServingSpec request{1024, 256, std::nullopt, std::nullopt, false};
        plan(dock, request);
        const std::size_t index = dock.plan().points.size() - 1;
        const ServingPoint picked = dock.plan().points[index];
        const int before = state.undoStack()->count();
        dock.applyPoint(index);
        QCOMPARE(state.undoStack()->count(), before + 1);
        QVERIFY(state.profile().strategy == picked.decode.strategy);
        QCOMPARE(state.profile().workload.batch, picked.decode.concurrency);
        QCOMPARE(state.profile().workload.seqLen, std::int64_t{1024 + 128});
        QVERIFY(!dock.isStale());
        QCOMPARE(dock.scatter()->currentMarker()->at(0).y(), picked.outputTokensPerSPerGpu);
        // The summary's second line gives the ring's figures.
        QVERIFY2(dock.summaryText().contains(
                     QStringLiteral("This profile, served aggregated with prompts prefilled beside its decoding (%1): TTFT ")
                         .arg(deploymentText(picked))),
                 qPrintable(dock.summaryText()));
        state.undoStack()->undo();
        QVERIFY(state.profile().strategy == serving().strategy);
    }

    // Another model makes the plan stale: it says so and cannot be applied.
    void modelChange_makesThePlanStale()
    {
        ExplorerState state(serving());
        ServingDock dock(state);
        dock.show();  // a hidden dock leaves its ring and staleness until it is shown
        plan(dock, {1024, 256, std::nullopt, std::nullopt, false});
        Profile other = state.profile();
        other.model.layers = 4;
        state.setProfile(other);
        QVERIFY(dock.isStale());
        QVERIFY(dock.summaryText().startsWith(QStringLiteral("Planned for other inputs")));
        const int before = state.undoStack()->count();
        dock.applyPoint(0);
        QCOMPARE(state.undoStack()->count(), before);
        // Hidden, an edit back to the planned model waits; shown again, the dock catches up.
        dock.hide();
        state.setProfile(serving());
        QVERIFY(dock.isStale());
        dock.show();
        QVERIFY(!dock.isStale());
    }
};

QTEST_MAIN(TestServingDock)
#include "tst_servingdock.moc"
