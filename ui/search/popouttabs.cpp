#include "search/popouttabs.h"

#include <QCloseEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>
#include <utility>

namespace moe::ui {

namespace {

// The popped-out window: closing it hands the page back.
class PopOutWindow : public QWidget {
public:
    PopOutWindow(std::function<void()> onClose, QWidget* parent)
        : QWidget(parent, Qt::Window)
        , m_onClose(std::move(onClose))
    {
        setAttribute(Qt::WA_DeleteOnClose);
    }

protected:
    void closeEvent(QCloseEvent* event) override
    {
        if (m_onClose) {
            std::exchange(m_onClose, nullptr)();
        }
        QWidget::closeEvent(event);
    }

private:
    std::function<void()> m_onClose;
};

} // namespace

PopOutTabs::PopOutTabs(QWidget* parent)
    : QTabWidget(parent)
    , m_button(new QToolButton(this))
{
    m_button->setText(tr("Pop out"));
    m_button->setToolTip(tr("Show this view in a window of its own, as large as you like; close the window to bring it back"));
    m_button->setAutoRaise(true);
    setCornerWidget(m_button, Qt::TopRightCorner);
    connect(m_button, &QToolButton::clicked, this, [this] {
        if (m_window) {
            bringBack();
        } else {
            popOut();
        }
    });
}

PopOutTabs::~PopOutTabs()
{
    bringBack();  // the page belongs to the tabs, not to a window left behind
}

void PopOutTabs::addPage(QWidget* page, const QString& tabText, const QString& windowTitle)
{
    auto* holder = new QWidget(this);
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page);
    m_slots.append({page, holder, windowTitle});
    addTab(holder, tabText);
}

QWidget* PopOutTabs::popOut()
{
    bringBack();
    const int index = currentIndex();
    if (index < 0 || index >= m_slots.size()) {
        return nullptr;
    }
    const Slot& slot = m_slots[index];
    auto* window = new PopOutWindow([this] { bringBack(); }, this);
    window->setWindowTitle(slot.windowTitle);
    auto* layout = new QVBoxLayout(window);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(slot.page);
    slot.page->show();
    auto* note = new QLabel(tr("Shown in its own window; close it (or press Pop out again) to bring it back here."), slot.holder);
    note->setObjectName(QStringLiteral("PopOutNote"));
    note->setAlignment(Qt::AlignCenter);
    note->setWordWrap(true);
    slot.holder->layout()->addWidget(note);
    m_outIndex = index;
    m_window = window;
    m_button->setText(tr("Bring back"));
    window->resize(900, 600);
    window->show();
    return window;
}

void PopOutTabs::bringBack()
{
    if (m_outIndex < 0) {
        return;
    }
    const Slot& slot = m_slots[m_outIndex];
    m_outIndex = -1;
    if (auto* note = slot.holder->findChild<QLabel*>(QStringLiteral("PopOutNote"))) {
        delete note;
    }
    slot.holder->layout()->addWidget(slot.page);
    slot.page->show();
    m_button->setText(tr("Pop out"));
    if (QWidget* window = m_window.data()) {
        m_window.clear();
        window->close();  // its close hands nothing back twice: m_outIndex is -1
    }
}

} // namespace moe::ui
