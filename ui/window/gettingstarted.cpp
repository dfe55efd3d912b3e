#include "window/gettingstarted.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace moe::ui {

namespace {

struct Term {
    const char* anchor;
    const char* name;
    const char* definition;
    const char* source;
};

// Each definition says what the model does with the term; the sources are where the
// idea was published.
const Term kTerms[] = {
    {"ep", QT_TRANSLATE_NOOP("Glossary", "EP, expert parallelism"),
     QT_TRANSLATE_NOOP("Glossary", "The experts of each MoE layer are spread over EP GPUs; every token is sent to "
                                   "the GPUs of its top-k experts and back (the all-to-all dispatch and combine)."),
     "Lepikhin et al. 2020, GShard (arXiv 2006.16668)"},
    {"tp", QT_TRANSLATE_NOOP("Glossary", "TP, tensor parallelism"),
     QT_TRANSLATE_NOOP("Glossary", "Each layer's weight matrices are split over TP GPUs, which add their partial "
                                   "results with an all-reduce (or a reduce-scatter and an all-gather under sequence "
                                   "parallelism) twice per layer and pass."),
     "Shoeybi et al. 2019, Megatron-LM (arXiv 1909.08053)"},
    {"pp", QT_TRANSLATE_NOOP("Glossary", "PP, pipeline parallelism"),
     QT_TRANSLATE_NOOP("Glossary", "The layers are cut into PP stages on different GPUs; micro-batches flow through "
                                   "them, and the pipeline fills and drains once per step (the bubble, (PP - 1) / m of "
                                   "the ideal time under 1F1B)."),
     "Huang et al. 2019, GPipe; Narayanan et al. 2021 (arXiv 2104.04473)"},
    {"dp", QT_TRANSLATE_NOOP("Glossary", "DP, data parallelism"),
     QT_TRANSLATE_NOOP("Glossary", "DP replicas of each stage each take a share of the batch and reduce their "
                                   "gradients together after the step's last micro-batch."),
     "Narayanan et al. 2021 (arXiv 2104.04473)"},
    {"etp", QT_TRANSLATE_NOOP("Glossary", "ETP, expert tensor parallelism"),
     QT_TRANSLATE_NOOP("Glossary", "Each expert's matrices are split over ETP GPUs, as TP splits the dense layers; "
                                   "EP x ETP must divide TP x DP."),
     "Megatron-Core MoE, parallel folding (arXiv 2504.14960)"},
    {"edp", QT_TRANSLATE_NOOP("Glossary", "EDP, expert data parallelism"),
     QT_TRANSLATE_NOOP("Glossary", "How many copies of each expert exist: EDP = TP x DP / (EP x ETP). The experts' "
                                   "gradients are reduced over EDP, the other weights' over DP."),
     "Megatron-Core MoE, parallel folding (arXiv 2504.14960)"},
    {"micro-batch", QT_TRANSLATE_NOOP("Glossary", "Micro-batch"),
     QT_TRANSLATE_NOOP("Glossary", "The part of a replica's batch that goes through the pipeline at once. More "
                                   "micro-batches shrink the pipeline bubble but keep more activations in flight."),
     "Huang et al. 2019, GPipe (arXiv 1811.06965)"},
    {"mfu", QT_TRANSLATE_NOOP("Glossary", "MFU, model FLOPs utilisation"),
     QT_TRANSLATE_NOOP("Glossary", "The model's FLOPs per step (without recomputation) divided by the step time and "
                                   "the GPUs' dense peak: how much of the hardware the model itself uses."),
     "Chowdhery et al. 2022, PaLM (arXiv 2204.02311), appendix B"},
    {"straggler", QT_TRANSLATE_NOOP("Glossary", "Straggler"),
     QT_TRANSLATE_NOOP("Glossary", "The slowest GPU of a step: every GPU waits for it at the next collective, so its "
                                   "time is the step's. The grid outlines it and the headline names it."),
     "docs/model.md, section 6"},
};

// Translates a text marked with QT_TRANSLATE_NOOP("Glossary", ...).
QString glossaryText(const char* text)
{
    return QCoreApplication::translate("Glossary", text);
}

} // namespace

QString glossaryAnchor(const QString& term)
{
    for (const Term& t : kTerms) {
        if (term.compare(QLatin1String(t.anchor), Qt::CaseInsensitive) == 0) {
            return QString::fromLatin1(t.anchor);
        }
    }
    return {};
}

QString gettingStartedHtml()
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(glossaryText(QT_TRANSLATE_NOOP("Glossary", "Getting started")));
    html += QStringLiteral("<ol>");
    const char* const steps[] = {
        QT_TRANSLATE_NOOP("Glossary", "<b>Parameters</b> (left): drag EP, TP, PP, DP, ETP, the batch, the sequence or "
                                      "the micro-batches. A slider stops only at legal values; the line under it "
                                      "says which. Every move is one undo step (Ctrl+Z)."),
        QT_TRANSLATE_NOOP("Glossary", "<b>Headline</b> (top): step time, throughput, MFU and the fullest GPU's "
                                      "memory. A failed check is named here in red."),
        QT_TRANSLATE_NOOP("Glossary", "<b>GPU grid</b>: one cell per GPU, grouped by node, coloured by the metric you "
                                      "choose above it. The straggler is outlined; hover a cell for its figures, "
                                      "drag an expert to move it."),
        QT_TRANSLATE_NOOP("Glossary", "<b>Latency and memory charts</b> (bottom): where the step time goes, component "
                                      "by component, and what fills the GPUs. Hover a bar for its formula."),
        QT_TRANSLATE_NOOP("Glossary", "<b>Explain</b> (View, Ctrl+2): every figure with its formula, the values put "
                                      "in and the source."),
        QT_TRANSLATE_NOOP("Glossary", "<b>Search</b> (View, Ctrl+4): every legal strategy ranked, with the Pareto "
                                      "front and a feasibility map; double-click a result to apply it. Strategy > Pin "
                                      "as Baseline compares a proposal with today's deployment."),
        QT_TRANSLATE_NOOP("Glossary", "<b>Serving</b> (View, Ctrl+5): for requests of a given input and output length, "
                                      "the front of throughput per GPU against speed per user, the best deployment "
                                      "meeting your TTFT and TPOT targets, and why the others lose."),
        QT_TRANSLATE_NOOP("Glossary", "<b>File</b>: open a built-in profile (the gallery), compose a new one from the "
                                      "systems and models libraries, save, export charts and a design-review "
                                      "report."),
    };
    for (const char* step : steps) {
        html += QStringLiteral("<li>%1</li>").arg(glossaryText(step));
    }
    html += QStringLiteral("</ol><h2>%1</h2><dl>").arg(glossaryText(QT_TRANSLATE_NOOP("Glossary", "Glossary")));
    for (const Term& t : kTerms) {
        html += QStringLiteral("<dt><a name=\"%1\"></a><b>%2</b></dt><dd>%3<br><i>%4</i><br></dd>")
                    .arg(QString::fromLatin1(t.anchor), glossaryText(t.name), glossaryText(t.definition),
                         QString::fromUtf8(t.source).toHtmlEscaped());
    }
    html += QStringLiteral("</dl><p>%1</p>")
                .arg(glossaryText(QT_TRANSLATE_NOOP("Glossary", "F1 on a slider opens this glossary at its term. docs/ holds every "
                                                             "formula with its source.")));
    return html;
}

GettingStartedDialog::GettingStartedDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("GettingStartedDialog"));
    setWindowTitle(tr("Getting Started"));
    m_browser->setHtml(gettingStartedHtml());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(620, 560);
}

void GettingStartedDialog::showAnchor(const QString& anchor)
{
    m_anchor = anchor;
    if (anchor.isEmpty()) {
        m_browser->moveCursor(QTextCursor::Start);
        m_browser->ensureCursorVisible();
    } else {
        m_browser->scrollToAnchor(anchor);
    }
}

} // namespace moe::ui
