#include "window/parametersdock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "document/explorerstate.h"
#include "window/parameterslider.h"
#include "window/profileform.h"
#include "search/strategyspace.h"
#include "profile/valuelimits.h"

namespace moe::ui {

namespace {

// The glossary entry of each slider (window/gettingstarted.cpp); batch and sequence
// need none.
QString glossaryTermOf(ParametersDock::Parameter parameter)
{
    switch (parameter) {
    case ParametersDock::Parameter::Ep: return QStringLiteral("ep");
    case ParametersDock::Parameter::Tp: return QStringLiteral("tp");
    case ParametersDock::Parameter::Pp: return QStringLiteral("pp");
    case ParametersDock::Parameter::Dp: return QStringLiteral("dp");
    case ParametersDock::Parameter::Etp: return QStringLiteral("etp");
    case ParametersDock::Parameter::MicroBatches: return QStringLiteral("micro-batch");
    default: return {};
    }
}



// Powers of two from 1 to `limit`: where the sequence-length slider snaps (any
// length is legal; the spin box takes the others).
std::vector<qint64> powersOfTwo(qint64 limit)
{
    std::vector<qint64> values;
    for (qint64 v = 1; v <= limit; v *= 2) {
        values.push_back(v);
    }
    return values;
}

std::vector<qint64> toQint(const std::vector<std::int64_t>& values)
{
    return std::vector<qint64>(values.begin(), values.end());
}

} // namespace

ParametersDock::ParametersDock(ExplorerState& state, QWidget* parent)
    : QDockWidget(tr("Parameters"), parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("ParametersDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(buildStrategy());
    m_form = new ProfileForm(state, content);
    layout->addWidget(m_form);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(scroll);
    // Wide enough for a slider, its spin box and the legal-range line beneath.
    content->setMinimumWidth(content->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 30);
    scroll->setMinimumWidth(content->minimumWidth() + scroll->verticalScrollBar()->sizeHint().width() + 4);
    connect(&m_state, &ExplorerState::profileChanged, this, &ParametersDock::refresh);
    refresh();
}

ParameterSlider* ParametersDock::slider(Parameter parameter) const
{
    return m_sliders[static_cast<int>(parameter)];
}

QWidget* ParametersDock::buildStrategy()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* modeRow = new QFormLayout;
    m_mode = new QComboBox(box);
    m_mode->addItems({tr("training"), tr("prefill"), tr("decode")});
    m_mode->setToolTip(tr("Training iteration, prefill of the batch, or one decode step"));
    modeRow->addRow(tr("&Mode"), m_mode);
    layout->addLayout(modeRow);
    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        Profile edited = m_state.profile();
        edited.workload.mode = static_cast<Mode>(index);
        m_state.setProfile(std::move(edited), tr("Set mode to %1").arg(m_mode->itemText(index)));
    });

    const struct {
        Parameter parameter;
        QString name;
        QString tip;
    } rows[] = {
        {Parameter::Ep, tr("&EP"), tr("Expert parallelism: GPUs an expert layer's experts are spread over")},
        {Parameter::Tp, tr("&TP"), tr("Tensor parallelism: GPUs each layer's matrices are split over")},
        {Parameter::Pp, tr("&PP"), tr("Pipeline parallelism: stages the layers are cut into")},
        {Parameter::Dp, tr("&DP"), tr("Data parallelism: replicas of each pipeline stage's attention")},
        {Parameter::Etp, tr("ET&P"), tr("Expert tensor parallelism: GPUs each expert is split over")},
        {Parameter::Batch, tr("&Batch"), tr("Sequences per step, all replicas together")},
        {Parameter::Sequence, tr("&Sequence"), tr("Tokens per sequence; for decode, the context already cached")},
        {Parameter::MicroBatches, tr("Micro-b&atches"), tr("Micro-batches per replica and step, for pipelining")},
    };
    for (const auto& row : rows) {
        auto* slider = new ParameterSlider(row.name, row.tip, box);
        slider->setGlossaryTerm(glossaryTermOf(row.parameter));
        m_sliders[static_cast<int>(row.parameter)] = slider;
        layout->addWidget(slider);
        connect(slider, &ParameterSlider::valueChosen, this,
                [this, parameter = row.parameter](qint64 value) { choose(parameter, value); });
        // One drag is one undo step: the state merges the edits of one gesture.
        connect(slider, &ParameterSlider::dragStarted, &m_state, &ExplorerState::beginGesture);
        connect(slider, &ParameterSlider::dragFinished, &m_state, &ExplorerState::endGesture);
    }
    return box;
}

void ParametersDock::choose(Parameter parameter, qint64 value)
{
    m_lastChosen = parameter;
    const QString text = tr("Set %1 to %2").arg(slider(parameter)->name()).arg(value);
    const int mergeKey = static_cast<int>(parameter);
    Strategy strategy = m_state.profile().strategy;
    switch (parameter) {
    case Parameter::Tp:
        strategy.tp = value;
        break;
    case Parameter::Pp:
        strategy.pp = value;
        break;
    case Parameter::Dp:
        strategy.dp = value;
        break;
    case Parameter::Ep:
        strategy.ep = value;
        break;
    case Parameter::Etp:
        strategy.etp = value;
        break;
    default: {
        Profile edited = m_state.profile();
        (parameter == Parameter::Batch      ? edited.workload.batch
         : parameter == Parameter::Sequence ? edited.workload.seqLen
                                            : edited.workload.microBatches) = value;
        m_state.setProfile(std::move(edited), text, mergeKey);
        return;
    }
    }
    m_state.setStrategy(strategy, text, mergeKey);
}

void ParametersDock::refresh()
{
    const Profile& p = m_state.profile();
    {
        const QSignalBlocker block(m_mode);
        m_mode->setCurrentIndex(static_cast<int>(p.workload.mode));
    }
    // Legality comes from the rules: a long list of legal values is thinned to round
    // ones, so a legal value may be missing from it.
    const bool legal = strategyIsLegal(p);
    for (int i = 0; i < static_cast<int>(std::size(m_sliders)); ++i) {
        m_sliders[i]->setOffersNearest(m_lastChosen && static_cast<int>(*m_lastChosen) == i);
    }
    slider(Parameter::Tp)->setValues(toQint(legalValues(p, StrategyDimension::Tp)), p.strategy.tp, legal);
    slider(Parameter::Pp)->setValues(toQint(legalValues(p, StrategyDimension::Pp)), p.strategy.pp, legal);
    slider(Parameter::Dp)->setValues(toQint(legalValues(p, StrategyDimension::Dp)), p.strategy.dp, legal);
    slider(Parameter::Ep)->setValues(toQint(legalValues(p, StrategyDimension::Ep)), p.strategy.ep, legal);
    slider(Parameter::Etp)->setValues(toQint(legalValues(p, StrategyDimension::Etp)), p.strategy.etp, legal);
    slider(Parameter::MicroBatches)->setValues(toQint(legalValues(p, StrategyDimension::MicroBatches)), p.workload.microBatches, legal);
    slider(Parameter::Batch)->setValues(toQint(legalValues(p, StrategyDimension::Batch)), p.workload.batch, legal);
    slider(Parameter::Sequence)->setValues(powersOfTwo(std::max<qint64>(1 << 20, p.workload.seqLen)), p.workload.seqLen, true,
                                           ParameterSlider::Values::Steps);
    slider(Parameter::Etp)->setEnabled(p.model.experts > 0);
    slider(Parameter::Ep)->setEnabled(p.model.experts > 0);
    m_form->refresh();
}

} // namespace moe::ui
