// Issue 11, point 7: a profile with a large measured routing table (the 16 MB
// file) opens and edits without freezing the window. The file is read on a worker
// while the event loop runs; an edit checks the table's shape itself instead of sending
// it through the file reader again, and still reports a table of the wrong shape with
// the reader's own message; two profiles that differ only in the table differ.

#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <fstream>

#include "document/backgroundload.h"
#include "document/documentcontroller.h"
#include "document/editcommands.h"
#include "document/explorerstate.h"
#include "testprofiles.h"
#include "widgets/settings.h"

using namespace moe;
using namespace moe::ui;

namespace {

// The small MoE (4 MoE layers of 16 experts) with a measured table of `rows` rows.
nlohmann::json measured(int rows, int experts = 16)
{
    nlohmann::json j = test::smallMoeJson();
    nlohmann::json loads = nlohmann::json::array();
    for (int r = 0; r < rows; ++r) {
        nlohmann::json row = nlohmann::json::array();
        for (int e = 0; e < experts; ++e) {
            row.push_back(1.0 + 0.123456789 * ((r * 7 + e) % 11));
        }
        loads.push_back(row);
    }
    j["workload"]["routing"] = nlohmann::json{{"kind", "measured"}, {"loads", loads}};
    return j;
}

} // namespace

class TestLargeProfiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A file over kBackgroundLoadBytes is read while timers still fire; it opens whole.
    void aLargeFileIsReadWithTheEventLoopRunning()
    {
        QTemporaryDir dir;
        // 4 layers x 32,768 experts of 11-character numbers: above a megabyte.
        nlohmann::json big = measured(4, 32768);
        big["model"]["experts"] = 32768;
        big["strategy"]["ep"] = 8;
        const QString path = dir.filePath(QStringLiteral("big.moeprofile.json"));
        std::ofstream(path.toStdString()) << big.dump();
        QVERIFY(QFileInfo(path).size() >= kBackgroundLoadBytes);
        int ticks = 0;
        QTimer heartbeat;
        heartbeat.setInterval(0);
        QObject::connect(&heartbeat, &QTimer::timeout, [&] { ++ticks; });
        heartbeat.start();
        const LoadResult loaded = loadProfileKeepingWindowLive(path, nullptr);
        heartbeat.stop();
        QVERIFY2(loaded.ok(), loaded.error.toString().c_str());
        QCOMPARE(loaded.profile->workload.routing.loads.size(), std::size_t{4});
        QCOMPARE(loaded.profile->workload.routing.loads[3].size(), std::size_t{32768});
        QVERIFY2(ticks > 0, "the event loop did not run while the file was read");
        // A small file is read at once, as before.
        const QString small = dir.filePath(QStringLiteral("small.moeprofile.json"));
        std::ofstream(small.toStdString()) << measured(1).dump();
        ticks = 0;
        heartbeat.start();
        QVERIFY(loadProfileKeepingWindowLive(small, nullptr).ok());
        heartbeat.stop();
        QCOMPARE(ticks, 0);
        // A file that does not load reports as loadProfileFile does.
        const LoadResult missing = loadProfileKeepingWindowLive(dir.filePath(QStringLiteral("none.json")), nullptr);
        QVERIFY(!missing.ok());
    }

    // An edit that leaves the table with the wrong shape for the model (fewer experts
    // than its rows hold) is refused with the reader's message at the table.
    void aTableOfTheWrongShapeIsStillReported()
    {
        ExplorerState state(test::profileFrom(measured(4)));
        QVERIFY(!state.problem());
        Profile edited = state.profile();
        edited.model.experts = 8;  // rows of 16 no longer fit
        edited.strategy.ep = 8;
        state.setProfile(edited, QStringLiteral("experts"));
        QVERIFY(state.problem());
        QCOMPARE(QString::fromStdString(state.problem()->path), QStringLiteral("/workload/routing/loads/0"));
        QVERIFY2(state.problem()->message.find("expected an array of 8 expert loads") != std::string::npos,
                 state.problem()->message.c_str());
        // A table of the right shape passes, its rows past the first not re-read.
        Profile fine = test::profileFrom(measured(4));
        fine.workload.batch = 32;
        state.setProfile(fine, QStringLiteral("batch"));
        QVERIFY(!state.problem());
        QCOMPARE(state.profile().workload.routing.loads.size(), std::size_t{4});
    }

    void profilesThatDifferOnlyInTheTableDiffer()
    {
        const Profile a = test::profileFrom(measured(4));
        Profile b = a;
        QVERIFY(sameProfile(a, b));
        b.workload.routing.loads[3][5] += 1;
        QVERIFY(!sameProfile(a, b));
        Profile c = a;
        c.workload.batch = 32;
        QVERIFY(!sameProfile(a, c));
    }
};

QTEST_MAIN(TestLargeProfiles)
#include "tst_largeprofiles.moc"
