#include "serving/servingdock.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

#include "document/explorerstate.h"
#include "profile/profileio.h"
#include "serving/servingscatter.h"
#include "base/units.h"
#include "widgets/localfigures.h"
#include "widgets/problemtext.h"

namespace moe::ui {

namespace {

QString seconds(double s)
{
    return localSeconds(s);
}

// Tokens per second, per user or per GPU: one decimal under 100 (as `serve` prints
// them), where whole numbers made 2.1 and 2.4 alike.
QString tokenRate(double tokensPerS)
{
    return QStringLiteral("%L1").arg(tokensPerS, 0, 'f', tokensPerS < 100 ? 1 : 0);
}

QTableWidgetItem* numberItem(double value, const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ServingDock::ServingDock(ExplorerState& state, QWidget* parent)
    : QDockWidget(tr("Serving"), parent)
    , m_state(state)
    , m_opening(new BottomDockOpening(this))
    , m_chart(new ServingScatter(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("ServingDock"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("TTFT"), tr("TPOT"), tr("tokens/s/user"), tr("tokens/s/GPU"), tr("GPUs"), tr("deployment")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Applied, a point's TPOT is longer than the headline's time per token: say why.
    m_table->horizontalHeaderItem(1)->setToolTip(
        tr("Time per output token: the mean step, with the prefill chunks that ride on decode steps, over the tokens "
           "a step emits. The headline's time per output token is the decode step alone"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("The Pareto front, most throughput per GPU first, after the best (or closest) point where the "
                           "front leaves it out. Double-click a row to apply it"));
    // Short enough that the dock fits under the charts of a 1366 x 768 window.
    m_chart->setMinimumSize(360, 180);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setSizes({520, 480});
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildControls());
    layout->addWidget(buildConcurrency());
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    setWidget(body);

    connect(m_chart, &ServingScatter::pointPicked, this, &ServingDock::applyPoint);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        const QVariant index = m_table->item(row, 0)->data(Qt::UserRole + 1);
        applyPoint(index.value<qulonglong>());
    });
    connect(&m_state, &ExplorerState::profileChanged, this, &ServingDock::onProfileChanged);
    if (const auto& spec = m_state.profile().workload.serving) {
        setRequest(*spec);
    }
    syncConcurrency();
    showChunk();
    updateSummary();
}

// The plan's concurrencies: 2^k sequences per DP replica, k = 0 ... 10.
constexpr int kConcurrencySteps = 10;

QWidget* ServingDock::buildConcurrency()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_concurrency = new QSlider(Qt::Horizontal, this);
    m_concurrency->setRange(0, kConcurrencySteps);
    m_concurrency->setPageStep(1);
    m_concurrency->setTickPosition(QSlider::TicksBelow);
    m_concurrency->setToolTip(tr("Sequences in flight (the profile's batch): 1, 2, 4 ... 1,024 per DP replica. The "
                                 "ring and the TTFT and TPOT below follow it"));
    m_concurrencyText = new QLabel(this);
    m_concurrencyText->setMinimumWidth(m_concurrencyText->fontMetrics().horizontalAdvance(
        tr("%L1 sequences (%L2 per DP replica)").arg(1'000'000).arg(1024)));
    auto* name = new QLabel(tr("Conc&urrency"), this);
    name->setBuddy(m_concurrency);
    row->addWidget(name);
    row->addWidget(m_concurrency, 1);
    row->addWidget(m_concurrencyText);
    // A drag is one gesture: its batch edits merge into one undo step.
    connect(m_concurrency, &QSlider::sliderPressed, &m_state, &ExplorerState::beginGesture);
    connect(m_concurrency, &QSlider::sliderReleased, &m_state, &ExplorerState::endGesture);
    connect(m_concurrency, &QSlider::valueChanged, this, &ServingDock::setConcurrency);
    return box;
}

void ServingDock::syncConcurrency()
{
    const Profile& profile = m_state.profile();
    const double dp = static_cast<double>(std::max<std::int64_t>(1, profile.strategy.dp));
    const double perReplica = std::max(1.0, static_cast<double>(profile.workload.batch) / dp);
    const int position = std::clamp(static_cast<int>(std::lround(std::log2(perReplica))), 0, kConcurrencySteps);
    const QSignalBlocker blocker(m_concurrency);
    m_concurrency->setValue(position);
    m_concurrencyText->setText(tr("%L1 sequences (%L2 per DP replica)")
                                   .arg(profile.workload.batch)
                                   .arg(static_cast<double>(profile.workload.batch) / dp, 0, 'g', 4));
}

void ServingDock::setConcurrency(int position)
{
    Profile profile = m_state.profile();
    const std::int64_t dp = std::max<std::int64_t>(1, profile.strategy.dp);
    profile.workload.batch = (std::int64_t{1} << position) * dp;
    // As the plan times it: two-batch overlap needs a sequence per micro-batch, and gets
    // its two back from a concurrency that could not hold them (servingBase).
    profile.workload.microBatches =
        servingMicroBatches(servingBase(profile).workload.microBatches, profile.workload.batch, profile.strategy);
    // One key for every move of this slider: the drag's edits merge.
    constexpr int kMergeKey = 0x5e41;
    m_state.setProfile(std::move(profile), tr("Serving concurrency %L1").arg((std::int64_t{1} << position) * dp),
                       kMergeKey);
}

QWidget* ServingDock::buildControls()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto tokens = [this](int value) {
        auto* spin = new QSpinBox(this);
        spin->setRange(1, 10'000'000);
        spin->setValue(value);
        spin->setSuffix(tr(" tokens"));
        spin->setGroupSeparatorShown(true);
        return spin;
    };
    auto target = [this] {
        auto* spin = new QDoubleSpinBox(this);
        spin->setRange(0, 1e7);
        spin->setDecimals(1);
        spin->setSuffix(tr(" ms"));
        spin->setSpecialValueText(tr("none"));  // 0: no target
        return spin;
    };
    m_isl = tokens(4096);
    m_osl = tokens(1024);
    m_ttft = target();
    m_tpot = target();
    m_isl->setToolTip(tr("Input tokens per request (ISL)"));
    m_osl->setToolTip(tr("Output tokens per request (OSL)"));
    m_ttft->setToolTip(tr("Time to first token each request must get at most; none for no target"));
    m_tpot->setToolTip(tr("Time per output token each request must get at most; none for no target"));
    m_disaggregated = new QCheckBox(tr("Disaggregated"), this);
    m_disaggregated->setToolTip(tr("Separate prefill and decode workers, in the ratio that balances their rates"));
    // The chunk has no field (the profile's workload.serving.chunk_tokens holds), but
    // the plan depends on it: it is shown beside the settings it joins (issue 14).
    m_chunk = new QLabel(this);
    m_chunk->setToolTip(tr("Prompt tokens each DP replica prefills per step beside the decoding (chunked "
                           "prefill), from the profile's workload.serving.chunk_tokens; unset, each prompt is "
                           "prefilled whole. Disaggregated workers prefill whole prompts"));
    m_run = new QPushButton(tr("Pla&n"), this);
    m_run->setToolTip(tr("Time every feasible strategy and concurrency for these requests"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (const auto& [label, widget] : std::initializer_list<std::pair<QString, QWidget*>>{
             {tr("&ISL"), m_isl}, {tr("&OSL"), m_osl}, {tr("&TTFT at most"), m_ttft}, {tr("T&POT at most"), m_tpot}}) {
        auto* name = new QLabel(label, this);
        name->setBuddy(widget);
        row->addWidget(name);
        row->addWidget(widget);
    }
    row->addWidget(m_disaggregated);
    row->addWidget(m_chunk);
    row->addStretch(1);
    row->addWidget(m_run);
    connect(m_run, &QPushButton::clicked, this, &ServingDock::startPlan);
    connect(m_disaggregated, &QCheckBox::toggled, this, &ServingDock::showChunk);
    return box;
}

ServingSpec ServingDock::request() const
{
    ServingSpec r;
    r.inputTokens = m_isl->value();
    r.outputTokens = m_osl->value();
    if (m_ttft->value() > 0) {
        r.ttftMs = m_ttft->value();
    }
    if (m_tpot->value() > 0) {
        r.tpotMs = m_tpot->value();
    }
    r.disaggregated = m_disaggregated->isChecked();
    // The dock has no field for the chunk: the profile's (workload.serving.chunk_tokens) holds.
    if (const auto& spec = m_state.profile().workload.serving) {
        r.chunkTokens = spec->chunkTokens;
    }
    return r;
}

QString ServingDock::chunkText() const
{
    return m_chunk->text();
}

void ServingDock::showChunk()
{
    const ServingSpec r = request();
    if (r.disaggregated) {
        m_chunk->setText(tr("prefill: whole prompts (disaggregated)"));
    } else if (r.chunkTokens) {
        m_chunk->setText(tr("prefill: chunk %1 tokens").arg(localGrouped(static_cast<double>(*r.chunkTokens))));
    } else {
        m_chunk->setText(tr("prefill: whole prompts"));
    }
}

void ServingDock::setRequest(const ServingSpec& r)
{
    m_isl->setValue(static_cast<int>(r.inputTokens));
    m_osl->setValue(static_cast<int>(r.outputTokens));
    m_ttft->setValue(r.ttftMs.value_or(0));
    m_tpot->setValue(r.tpotMs.value_or(0));
    m_disaggregated->setChecked(r.disaggregated);
}

std::string ServingDock::inputsKey() const
{
    // What the plan reads (servingBase): the micro-batches a concurrency or an applied
    // point cut to one are the same input, and so is a training profile and the decode
    // profile an applied point makes of it.
    Profile p = servingBase(m_state.profile());
    p.strategy = Strategy{};
    p.name.clear();
    p.notes.clear();
    p.workload.mode = Mode::Decode;
    p.workload.batch = 1;
    p.workload.seqLen = 1;
    return serializeProfile(p);
}

void ServingDock::startPlan()
{
    if (m_state.problem()) {
        m_summary->setText(tr("The profile cannot be evaluated: %1").arg(problemText(*m_state.problem())));
        return;
    }
    const std::uint64_t generation = ++m_generation;
    m_running = true;
    m_run->setEnabled(false);
    m_summary->setText(tr("Planning..."));
    const Profile profile = m_state.profile();
    const ServingSpec r = request();
    std::string key = inputsKey();
    QPointer<ServingDock> self(this);
    // Off the GUI thread: a plan times thousands of steps (0.3 s for DeepSeek-V3 on 64
    // GPUs). A newer plan makes this one's result obsolete.
    (void)QtConcurrent::run([self, generation, profile, r, key = std::move(key)]() mutable {
        ServingPlan plan = planServing(profile, r);
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, plan = std::move(plan), r, key = std::move(key)]() mutable {
                if (self) {
                    self->finish(generation, std::move(plan), r, std::move(key));
                }
            },
            Qt::QueuedConnection);
    });
}

void ServingDock::finish(std::uint64_t generation, ServingPlan plan, ServingSpec r, std::string key)
{
    if (generation != m_generation) {
        return;
    }
    m_running = false;
    m_run->setEnabled(true);
    m_plan = std::move(plan);
    m_planned = r;
    m_plannedKey = std::move(key);
    m_stale = false;
    m_current = servingPointOf(m_state.profile(), m_planned);
    m_chart->setCurrent(m_current);
    m_chart->showPlan(m_plan, m_planned);
    showTable();
    updateSummary();
    Q_EMIT planFinished();
}

void ServingDock::showTable()
{
    m_table->setRowCount(0);
    const auto addRow = [this](std::size_t i, const QString& place) {
        const ServingPoint& p = m_plan.points[i];
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* first = numberItem(p.ttftS, seconds(p.ttftS));
        first->setData(Qt::UserRole + 1, static_cast<qulonglong>(i));
        m_table->setItem(row, 0, first);
        m_table->setItem(row, 1, numberItem(p.tpotS, seconds(p.tpotS)));
        m_table->setItem(row, 2, numberItem(p.tokensPerSPerUser, tokenRate(p.tokensPerSPerUser)));
        m_table->setItem(row, 3, numberItem(p.outputTokensPerSPerGpu, tokenRate(p.outputTokensPerSPerGpu)));
        m_table->setItem(row, 4, numberItem(static_cast<double>(p.gpus), QStringLiteral("%L1").arg(p.gpus)));
        QString text = deploymentText(p);
        if (m_plan.best == i) {
            text = tr("best: %1").arg(text);
        } else if (m_plan.closest == i) {
            text = tr("closest: %1").arg(text);
        }
        if (!p.meetsTargets) {
            const Phrase missed = missedTargets(p, m_planned);
            text = tr("%1 (misses %2)").arg(text, phraseOr(missed, missed.english()));
        }
        if (!place.isEmpty()) {
            text = QStringLiteral("%1 %2").arg(text, place);
        }
        auto* deployment = new QTableWidgetItem(text);
        deployment->setToolTip(text);  // whole, where the column cuts it (every row missing a target)
        m_table->setItem(row, 5, deployment);
        if (!p.meetsTargets) {
            for (int c = 0; c < m_table->columnCount(); ++c) {
                m_table->item(row, c)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
        }
    };
    // First the point the summary names, where the front leaves it out (front points
    // beating it on both axes miss a target), so that it is seen and can be applied.
    for (const std::optional<std::size_t>& named : {m_plan.best, m_plan.closest}) {
        if (named && !m_plan.points[*named].onFront) {
            addRow(*named, tr("(off the front)"));
        }
    }
    for (std::size_t i = 0; i < m_plan.points.size(); ++i) {
        if (m_plan.points[i].onFront) {
            addRow(i, QString());
        }
    }
    m_table->resizeColumnsToContents();
}

QString ServingDock::summaryText() const
{
    return m_summary->text();
}

void ServingDock::updateSummary()
{
    if (m_plan.points.empty() && m_plan.message.empty()) {
        m_summary->setText(tr("Give the requests' input and output lengths and the targets, then Plan."));
        return;
    }
    QString text;
    if (m_plan.best) {
        const ServingPoint& best = m_plan.points[*m_plan.best];
        const bool targets = maxTtftS(m_planned) || maxTpotS(m_planned);
        const Phrase why = whyOthersLose(m_plan, m_planned);
        text = (targets ? tr("Best meeting the targets: %1 on %L2 GPUs: TTFT %3, TPOT %4, %5 output tokens/s per GPU.")
                        : tr("Most output tokens/s per GPU (no targets set): %1 on %L2 GPUs: TTFT %3, TPOT %4, %5 "
                             "output tokens/s per GPU."))
                   .arg(deploymentText(best))
                   .arg(best.gpus)
                   .arg(seconds(best.ttftS), seconds(best.tpotS), tokenRate(best.outputTokensPerSPerGpu))
            + QLatin1Char(' ') + phraseOr(why, why.english());
    } else {
        text = phraseOr(m_plan.messagePhrase, m_plan.message);
        if (m_plan.closest) {
            const ServingPoint& c = m_plan.points[*m_plan.closest];
            text += tr("; closest: %1: TTFT %2, TPOT %3").arg(deploymentText(c), seconds(c.ttftS), seconds(c.tpotS));
        }
    }
    if (m_stale) {
        text = tr("Planned for other inputs (the cluster, model or serving settings changed); Plan again. %1").arg(text);
    } else if (m_current) {
        // The ring's figures, which follow the Batch slider and the strategy sliders.
        text += QLatin1Char('\n')
            // Served aggregated, each step also prefills new requests' prompts: the TPOT is
            // longer than the headline's time per output token, which times decoding alone.
            + tr("This profile, served aggregated with prompts prefilled beside its decoding (%1): TTFT %2, TPOT %3, "
                 "%4 output tokens/s per GPU%5")
                  .arg(deploymentText(*m_current), seconds(m_current->ttftS), seconds(m_current->tpotS),
                       tokenRate(m_current->outputTokensPerSPerGpu),
                       m_current->meetsTargets ? QString() : tr("; misses a target"));
    }
    m_summary->setText(text);
}

void ServingDock::onProfileChanged()
{
    syncConcurrency();
    showChunk();
    if (m_plannedKey.empty()) {
        // Nothing planned yet: a profile that states what it serves fills the controls.
        if (const auto& spec = m_state.profile().workload.serving) {
            setRequest(*spec);
        }
        return;
    }
    // Three evaluations and a serialized profile per edit: only while the dock is seen,
    // so a slider drag with the dock closed pays nothing (showEvent() catches up).
    if (!isVisible()) {
        m_refreshOnShow = true;
        return;
    }
    refreshCurrent();
}

void ServingDock::refreshCurrent()
{
    m_refreshOnShow = false;
    m_stale = inputsKey() != m_plannedKey;
    m_current = m_stale || m_state.problem() ? std::nullopt : servingPointOf(m_state.profile(), m_planned);
    m_chart->setCurrent(m_current);
    updateSummary();
}

void ServingDock::setVisible(bool visible)
{
    if (visible) {
        m_opening->beforeShow();
    }
    QDockWidget::setVisible(visible);
}

void ServingDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    if (m_refreshOnShow) {
        refreshCurrent();
    }
}

void ServingDock::applyPoint(std::size_t index)
{
    if (m_stale || index >= m_plan.points.size()) {
        return;
    }
    const ServingPoint& p = m_plan.points[index];
    // As the plan timed it: with one sequence per replica, one micro-batch.
    m_state.setProfile(appliedServingPoint(m_state.profile(), p, m_planned),
                       tr("Apply serving deployment %1").arg(deploymentText(p)));
}

} // namespace moe::ui
