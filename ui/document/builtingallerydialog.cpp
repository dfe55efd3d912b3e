#include "document/builtingallerydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QScreen>
#include <QScrollBar>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "document/builtingallerymodel.h"

namespace moe::ui {

BuiltinGalleryDialog::BuiltinGalleryDialog(QWidget* parent)
    : QDialog(parent)
    , m_model(new BuiltinGalleryModel(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("BuiltinGalleryDialog"));
    setWindowTitle(tr("New from Built-in"));
    m_model->setBuiltins(builtinProfiles());

    auto* intro = new QLabel(tr("Built-in profiles, each evaluated with its own strategy. Choose one to start from; "
                                "saving it writes a file of your own."),
                             this);
    intro->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setCornerButtonEnabled(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setToolTip(tr("Double-click a profile to open it"));
    m_view->horizontalHeader()->setHighlightSections(false);

    m_details->setOpenExternalLinks(false);
    m_details->setToolTip(tr("The selected profile's sources and assumptions"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid()) {
            accept();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BuiltinGalleryDialog::showDetails);

    fitColumns();
    selectId(QString::fromLatin1(kDefaultBuiltin.data(), static_cast<qsizetype>(kDefaultBuiltin.size())));
    m_view->setFocus();
}

QString BuiltinGalleryDialog::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {})
        ? m_model->idAt(current.row())
        : QString();
}

void BuiltinGalleryDialog::selectId(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showDetails();
}

void BuiltinGalleryDialog::showDetails()
{
    const int row = m_view->currentIndex().row();
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(row >= 0);
    if (row < 0) {
        m_details->clear();
        return;
    }
    auto cell = [this, row](int column) { return m_model->index(row, column).data().toString().toHtmlEscaped(); };
    const QString id = m_model->idAt(row);
    QString html = QStringLiteral("<h3>%1</h3><p><code>builtin:%2</code></p>")
                       .arg(cell(BuiltinGalleryModel::Name), id.toHtmlEscaped());
    using M = BuiltinGalleryModel;
    html += QStringLiteral("<p>")
        + tr("Model: %1, %2 parameters, %3 active per token; %4 layers; experts: %5.<br>System: %6. Cluster: %7. "
             "Mode: %8.")
              .arg(cell(M::ModelName), cell(M::Parameters), cell(M::Active), cell(M::Layers), cell(M::Experts),
                   cell(M::System), cell(M::Cluster), cell(M::Mode))
        + QStringLiteral("<br>")
        + tr("Step time %1, throughput %2, fullest GPU %3. Verdict: %4.")
              .arg(cell(M::StepTime), cell(M::Throughput), cell(M::Memory), cell(M::Verdict))
        + QStringLiteral("</p>");
    const QString notes = m_model->index(row, 0).data(BuiltinGalleryModel::NotesRole).toString();
    if (!notes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(notes.toHtmlEscaped());
    }
    m_details->setHtml(html);
}

// Figures fit their contents; the name, the longest text, wraps in what is left.
void BuiltinGalleryDialog::fitColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->resizeColumnsToContents();
    int figures = 0;
    for (int column = 1; column < BuiltinGalleryModel::ColumnCount; ++column) {
        figures += header->sectionSize(column);
    }
    const int nameWidth = std::min(header->sectionSize(BuiltinGalleryModel::Name), 20 * em);
    header->resizeSection(BuiltinGalleryModel::Name, nameWidth);
    m_view->resizeRowsToContents();
    // As wide as the table needs, within the screen.
    const QRect screen = (parentWidget() != nullptr ? parentWidget()->screen() : this->screen())->availableGeometry();
    const QMargins margins = layout()->contentsMargins();
    const int wanted = nameWidth + figures + 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width()
        + margins.left() + margins.right() + em;
    resize(std::min(wanted, screen.width() * 9 / 10), std::min(46 * fontMetrics().height(), screen.height() * 8 / 10));
}

} // namespace moe::ui
