// workload.pipeline.layout (profile-format.md, version 2): the layers of each pipeline
// stage or model chunk, as Megatron-Core's custom layouts give them. Expected figures
// are worked by hand from the layout; the profile is tests/common's small MoE (4
// identical MoE layers) split over two stages.

#include <QTest>

#include "model/evaluation.h"
#include "model/topology.h"
#include "profile/profileio.h"
#include "testprofiles.h"

using namespace moe;

namespace {

// The small MoE on two stages: TP1 PP2 DP4 EP4, with `layout` when given.
nlohmann::json twoStages(const nlohmann::json& layout)
{
    nlohmann::json j = test::smallMoeJson();
    j["version"] = 2;
    j["strategy"] = nlohmann::json{{"tp", 1}, {"pp", 2}, {"dp", 4}, {"ep", 4}};
    if (!layout.is_null()) {
        j["workload"]["pipeline"] = nlohmann::json{{"schedule", "1f1b"}, {"layout", layout}};
    }
    return j;
}

} // namespace

class TestPipelineLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatCannotBeALayout_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("not an array") << "3" << "/workload/pipeline/layout" << "expected an array of layer counts";
        QTest::newRow("empty") << "[]" << "/workload/pipeline/layout" << "an empty array";
        QTest::newRow("too few layers") << "[1, 1]" << "/workload/pipeline/layout" << "add up to 2, but the model has 4";
        QTest::newRow("too many layers") << "[3, 3]" << "/workload/pipeline/layout" << "add up to 6, but the model has 4";
        QTest::newRow("negative") << "[4, -1]" << "/workload/pipeline/layout/1" << "";
        QTest::newRow("fraction") << "[2.5, 1.5]" << "/workload/pipeline/layout/0" << "";
        QTest::newRow("three stages for PP 2") << "[1, 1, 2]" << "/strategy/pp" << "does not fit workload.pipeline.layout, which lists 3 stages";
        QTest::newRow("an empty stage") << "[4, 0]" << "/workload/pipeline/layout" << "pipeline stage 1 gets no layer";
    }

    void refusesWhatCannotBeALayout()
    {
        QFETCH(QString, layout);
        QFETCH(QString, path);
        QFETCH(QString, words);
        const LoadResult result = parseProfile(twoStages(nlohmann::json::parse(layout.toStdString())).dump(), "test");
        QVERIFY(!result.ok());
        QCOMPARE(QString::fromStdString(result.error.path), path);
        QVERIFY2(QString::fromStdString(result.error.message).contains(words), result.error.message.c_str());
    }

    void savesAndReadsItBack()
    {
        const Profile profile = test::profileFrom(twoStages(nlohmann::json{3, 1}));
        QCOMPARE(profile.workload.pipeline.layout, (std::vector<std::int64_t>{3, 1}));
        const LoadResult again = parseProfile(serializeProfile(profile), "saved");
        QVERIFY(again.ok());
        QCOMPARE(again.profile->workload.pipeline.layout, (std::vector<std::int64_t>{3, 1}));
        // Without a layout, none is written.
        const Profile even = test::profileFrom(twoStages(nullptr));
        QVERIFY(serializeProfile(even).find("\"layout\"") == std::string::npos);
    }

    // Chunk j goes to stage j mod PP (Megatron-Core): with [2, 0, 1, 1] on PP 2, stage 0
    // holds chunks 0 and 2, layers 0-1 and 2; stage 1 chunks 1 (empty) and 3, layer 3.
    void chunksGoToStagesInTurn()
    {
        Pipeline pipeline;
        pipeline.schedule = PipelineSchedule::Interleaved;
        pipeline.virtualStages = 2;
        pipeline.layout = {2, 0, 1, 1};
        const StageLayers first = stageLayers(4, pipeline, 2, 0);
        QCOMPARE(first.ranges.size(), std::size_t{2});
        QCOMPARE(first.ranges[0].first, std::int64_t{0});
        QCOMPARE(first.ranges[0].count, std::int64_t{2});
        QCOMPARE(first.ranges[1].first, std::int64_t{2});
        QCOMPARE(first.count(), std::int64_t{3});
        const StageLayers second = stageLayers(4, pipeline, 2, 1);
        QCOMPARE(second.ranges.size(), std::size_t{1});
        QCOMPARE(second.first(), std::int64_t{3});
        QVERIFY(second.contains(3) && !second.contains(2));
    }

    // [3, 1]: stage 0 holds three of the four identical layers, stage 1 one. Its
    // attention and expert weights are three times stage 1's, it is the straggler,
    // and an even layout [2, 2] evaluates exactly as no layout.
    void stagesHoldTheirOwnLayers()
    {
        const Profile uneven = test::profileFrom(twoStages(nlohmann::json{3, 1}));
        const Evaluation ev = evaluate(uneven, uneven.strategy, Detail::PerGpu);
        QVERIFY2(ev.valid, ev.error.c_str());
        const GpuState& stage0 = ev.gpus[0];
        const GpuState& stage1 = ev.gpus[4];  // TP1 x DP4 GPUs per stage
        QCOMPARE(stage0.pp, std::int64_t{0});
        QCOMPARE(stage1.pp, std::int64_t{1});
        QCOMPARE(stage0.memory.attentionWeights, 3 * stage1.memory.attentionWeights);
        QCOMPARE(stage0.memory.expertWeights, 3 * stage1.memory.expertWeights);
        QCOMPARE(ev.stragglerStage, std::int64_t{0});

        const Profile even = test::profileFrom(twoStages(nlohmann::json{2, 2}));
        const Profile none = test::profileFrom(twoStages(nullptr));
        QCOMPARE(evaluate(even).time.total, evaluate(none).time.total);
        QVERIFY(ev.time.total > evaluate(none).time.total);
    }
};

QTEST_APPLESS_MAIN(TestPipelineLayout)
#include "tst_pipelinelayout.moc"
