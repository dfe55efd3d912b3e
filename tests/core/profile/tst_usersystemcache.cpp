// A user system file named in cluster.system is read once, not on every whole-profile
// edit (issue 11's leftovers: each edit's serializeProfile and parseProfile read the file
// from disk). The cache holds while the file's modification time and size stay; an
// edited file is read again, a bad one gives its error every time, and threads share it.
//
// Times are set with std::filesystem::last_write_time, so the test does not depend on
// the file system's time resolution: "an hour ago" is past findUserSystem's 2 s window
// for times too close to the read (usersystems.h), "now" is inside it.

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "profile/profileio.h"
#include "profile/systems.h"
#include "profile/usersystems.h"

using namespace moe;
namespace fs = std::filesystem;

namespace {

std::string profileNaming(const std::string& system)
{
    return R"({"format": "moe-explorer-profile", "version": 2, "name": "cache test",
               "cluster": {"system": ")" + system + R"(", "gpu_count": 8},
               "model": {"layers": 1, "dense_layers": 1, "hidden": 1024, "heads": 8, "experts": 0, "top_k": 0,
                         "expert_hidden": 0, "dense_hidden": 4096, "vocab": 0, "weight_bytes": 2},
               "workload": {"mode": "training", "batch": 8, "seq_len": 1024},
               "strategy": {"tp": 8, "pp": 1, "dp": 1, "ep": 1}})";
}

// The A100 built-in under another id, with `gemm` as its GEMM efficiency.
UserSystem userSystem(const std::string& id, double gemm)
{
    UserSystem user;
    user.values = valuesOf(*findSystem("dgx-a100-80gb"));
    user.values.id = id;
    user.values.kernels.gemm = gemm;
    user.description = "test";
    user.calibration.date = "2026-11-30T00:00:00Z";
    user.calibration.basedOn = "dgx-a100-80gb";
    user.calibration.measurements = {"runs.csv"};
    return user;
}

std::string save(const UserSystem& user)
{
    std::string written;
    const auto error = saveUserSystem(user, written);
    if (error) {
        qFatal("cannot save the user system: %s", error->c_str());
    }
    return written;
}

void setModified(const std::string& path, fs::file_time_type when)
{
    fs::last_write_time(path, when);
}

fs::file_time_type hoursAgo(int hours)
{
    return fs::file_time_type::clock::now() - std::chrono::hours(hours);
}

// One whole-profile edit as the window makes it (ExplorerState::applyProfile): the
// profile written, then parsed back; both look up cluster.system.
double editAndReadGemm(const std::string& profileText)
{
    const LoadResult first = parseProfile(profileText, "t");
    if (!first.ok()) {
        qFatal("the profile does not load: %s", first.error.toString().c_str());
    }
    const LoadResult again = parseProfile(serializeProfile(*first.profile), "t");
    if (!again.ok()) {
        qFatal("the profile does not load back: %s", again.error.toString().c_str());
    }
    return again.profile->cluster.kernels->gemm;
}

} // namespace

class TestUserSystemCache : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;  // XDG_DATA_HOME: user systems never touch the real home

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
    }

    // 50 edits, each looking the system up three times (parse, write, parse): one read.
    void readOnceAcrossEdits()
    {
        const std::string path = save(userSystem("cached-a100", 0.75));
        setModified(path, hoursAgo(1));
        const std::int64_t before = userSystemFileReads();
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(editAndReadGemm(profileNaming("cached-a100")), 0.75);
        }
        QCOMPARE(userSystemFileReads() - before, std::int64_t{1});
    }

    // An edit on disk gives a new modification time: the next lookup reads the file
    // again and sees the new value; the lookups after it do not read.
    void editedFileIsReadAgain()
    {
        const std::string path = save(userSystem("edited-a100", 0.75));
        setModified(path, hoursAgo(2));
        QCOMPARE(editAndReadGemm(profileNaming("edited-a100")), 0.75);
        save(userSystem("edited-a100", 0.5));
        setModified(path, hoursAgo(1));
        const std::int64_t before = userSystemFileReads();
        QCOMPARE(editAndReadGemm(profileNaming("edited-a100")), 0.5);
        QCOMPARE(editAndReadGemm(profileNaming("edited-a100")), 0.5);
        QCOMPARE(userSystemFileReads() - before, std::int64_t{1});
    }

    // The worst case for a time-and-size key: an edit that keeps the size (0.75 and
    // 0.65 print alike in length) within the same tick of the file system's clock. A
    // file modified just now is read on each lookup until its time is 2 s old, so the
    // edit is seen.
    void sameSizeEditInTheSameTickIsSeen()
    {
        const fs::file_time_type now = fs::file_time_type::clock::now();
        const std::string path = save(userSystem("racy-a100", 0.75));
        setModified(path, now);
        const auto size = fs::file_size(path);
        QCOMPARE(editAndReadGemm(profileNaming("racy-a100")), 0.75);
        save(userSystem("racy-a100", 0.65));
        setModified(path, now);
        QCOMPARE(fs::file_size(path), size);
        QCOMPARE(editAndReadGemm(profileNaming("racy-a100")), 0.65);
    }

    // A file that does not load is not kept: every parse reads it and names the problem
    // (file, JSON pointer); once fixed it loads.
    void badFileGivesItsErrorEachTime()
    {
        const std::string path = m_data.path().toStdString() + "/moe-explorer/systems/broken-a100.json";
        fs::create_directories(fs::path(path).parent_path());
        std::ofstream(path) << R"({"format": "moe-explorer-system", "version": 1, "id": "broken-a100", "gpus_per_node": -8})";
        setModified(path, hoursAgo(1));
        for (int i = 0; i < 3; ++i) {
            const LoadResult result = parseProfile(profileNaming("broken-a100"), "t");
            QVERIFY(!result.ok());
            QCOMPARE(result.error.path, std::string("/cluster/system"));
            QVERIFY2(result.error.message.find("broken-a100.json: /gpus_per_node") != std::string::npos,
                     result.error.message.c_str());
        }
        save(userSystem("broken-a100", 0.6));
        setModified(path, hoursAgo(1) + std::chrono::minutes(1));
        QCOMPARE(editAndReadGemm(profileNaming("broken-a100")), 0.6);
    }

    // Evaluations run on worker threads: concurrent lookups of a cached file all get the
    // same spec and none reads the file again.
    void threadsShareTheCache()
    {
        const std::string path = save(userSystem("shared-a100", 0.7));
        setModified(path, hoursAgo(1));
        const SystemSpec* expected = findSystem("shared-a100");
        QVERIFY(expected);
        const std::int64_t before = userSystemFileReads();
        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 500; ++i) {
                    if (findSystem("shared-a100") != expected) {
                        ++wrong;
                    }
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(userSystemFileReads() - before, std::int64_t{0});
    }
};

QTEST_MAIN(TestUserSystemCache)
#include "tst_usersystemcache.moc"
