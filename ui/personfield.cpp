#include "personfield.h"

#include "appearance.h"
#include "peoplepickermodel.h"
#include "safehtml.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QCompleter>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

PersonField::PersonField(PeoplePickerModel *people, QWidget *parent)
    : QWidget(parent)
    , m_people(people)
    , m_edit(new QLineEdit(this))
    , m_more(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_problem(new QLabel(this))
    , m_completer(new QCompleter(people, this))
    , m_copy(new QAction(tr("Copy &ID"), this))
    , m_open(new QAction(tr("&Open in Close"), this))
    , m_clear(new QAction(tr("C&lear"), this))
{
    people->setParent(this);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_edit, 1);
    row->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus); // a label's mnemonic focuses only what takes the focus

    m_problem->setTextFormat(Qt::PlainText); // Close's message, as it is
    m_problem->setWordWrap(true);
    m_problem->hide();
    //: The button that opens the field's actions (Copy ID, Open in Close).
    m_more->setText(tr("…"));
    // Tab goes from field to field; the same actions are in the field's context menu.
    m_more->setFocusPolicy(Qt::NoFocus);
    m_more->setToolTip(people->kind() == PeoplePickerModel::Kind::Lead
                           ? tr("Copy the ID, or open the lead in Close")
                           : tr("Copy the ID"));
    m_menu->addAction(m_copy);
    m_menu->addAction(m_open);
    m_menu->addAction(m_clear);
    m_copy->setObjectName(QStringLiteral("copyIdAction"));
    m_open->setObjectName(QStringLiteral("openInCloseAction"));
    m_clear->setObjectName(QStringLiteral("clearPersonAction"));
    m_open->setVisible(people->kind() == PeoplePickerModel::Kind::Lead);
    m_edit->setObjectName(QStringLiteral("personName"));
    m_more->setObjectName(QStringLiteral("personActions"));
    m_problem->setObjectName(QStringLiteral("personSearchProblem"));
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);

    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(8);
    m_completer->setWidget(m_edit);
    // After the completer's own filter, so that this one sees Escape first.
    m_completer->popup()->installEventFilter(this);
    m_completer->popup()->setObjectName(QStringLiteral("personMatches"));
    m_edit->installEventFilter(this);

    connect(m_edit, &QLineEdit::textEdited, this, &PersonField::search);
    connect(m_edit, &QLineEdit::returnPressed, this, &PersonField::finishTyping);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (!m_completer->popup()->isVisible() && !m_edit->hasFocus())
            finishTyping(); // left the field: erased means none, else the name comes back
    });
    connect(m_edit, &QWidget::customContextMenuRequested, this, &PersonField::showContextMenu);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &PersonField::choose);
    connect(m_more, &QToolButton::clicked, this,
            [this] { m_menu->popup(m_more->mapToGlobal(QPoint(0, m_more->height()))); });
    connect(m_copy, &QAction::triggered, this, &PersonField::copyId);
    connect(m_open, &QAction::triggered, this, &PersonField::openInClose);
    connect(m_clear, &QAction::triggered, this, [this] { chooseId(QString()); });
    connect(people, &QAbstractItemModel::modelReset, this, &PersonField::showMatches);
    connect(people, &PeoplePickerModel::searchingChanged, this, &PersonField::showMatches);
    connect(people, &PeoplePickerModel::namesChanged, this, [this] {
        if (!m_typing)
            showPerson();
    });
    showPerson();
}

PersonField::~PersonField()
{
    // The line edit loses the focus as QWidget's destructor runs, after this one: what it
    // says then is no choice of the rep's, and this field is gone.
    m_edit->disconnect(this);
    m_completer->disconnect(this);
    m_people->disconnect(this);
}

void PersonField::setId(const QString &id)
{
    if (id == m_id && m_typing)
        return; // a refresh while the rep types a search leaves it alone
    m_id = id;
    m_typing = false;
    m_completer->popup()->hide();
    showPerson();
}

void PersonField::setReadOnly(bool readOnly)
{
    if (readOnly && m_typing)
        putNameBack();
    m_edit->setReadOnly(readOnly);
    m_edit->setClearButtonEnabled(!readOnly && m_clearable);
    updateActions();
}

bool PersonField::isReadOnly() const
{
    return m_edit->isReadOnly();
}

void PersonField::setClearable(bool clearable)
{
    m_clearable = clearable;
    setReadOnly(isReadOnly());
}

void PersonField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

QString PersonField::shownText() const
{
    return m_edit->text();
}

QWidget *PersonField::popup() const
{
    return m_completer->popup();
}

void PersonField::showPerson()
{
    const QString name = m_people->nameOf(m_id);
    if (m_edit->text() != name)
        m_edit->setText(name);
    if (!m_edit->hasFocus())
        m_edit->setCursorPosition(0); // a long name shows its start
    m_problem->hide();
    updateActions();
    describe();
}

void PersonField::describe()
{
    QStringList tip;
    if (!toolTip().isEmpty())
        tip << toolTip(); // what Close refused, set on the field
    if (!m_id.isEmpty())
        tip << tr("%1\nID: %2").arg(m_people->nameOf(m_id), m_id);
    m_edit->setToolTip(SafeHtml::plainTip(tip.join(QLatin1Char('\n'))));
    m_edit->setAccessibleName(accessibleName());
    m_edit->setAccessibleDescription(accessibleDescription());
    m_more->setAccessibleName(tr("%1: more").arg(accessibleName()));
}

void PersonField::addPersonAction(QAction *action)
{
    m_personActions << action;
    m_menu->addAction(action);
    updateActions();
}

void PersonField::updateActions()
{
    for (QAction *action : std::as_const(m_personActions))
        action->setEnabled(!m_id.isEmpty());
    m_copy->setEnabled(!m_id.isEmpty());
    m_open->setEnabled(m_people->closeUrl(m_id).isValid());
    m_clear->setVisible(m_clearable && !isReadOnly());
    m_clear->setEnabled(!m_id.isEmpty());
}

void PersonField::search(const QString &text)
{
    if (isReadOnly())
        return;
    m_typing = true;
    m_people->setSearch(text);
}

void PersonField::showMatches()
{
    if (!m_typing) {
        m_problem->hide();
        return;
    }
    const QString problem = m_people->searchProblem();
    m_problem->setText(problem);
    m_problem->setStyleSheet(Appearance::errorText());
    m_problem->setVisible(!problem.isEmpty());
    if (m_people->rowCount() > 0 && m_edit->hasFocus())
        m_completer->complete(); // the list as it is now, sized to it
    else if (m_people->rowCount() == 0)
        m_completer->popup()->hide();
}

void PersonField::choose(const QModelIndex &index)
{
    chooseId(index.data(PeoplePickerModel::IdRole).toString());
}

void PersonField::chooseId(const QString &id)
{
    if (isReadOnly())
        return;
    m_people->choose(id);
    m_typing = false;
    m_completer->popup()->hide();
    const bool changed = id != m_id;
    m_id = id;
    showPerson();
    if (changed)
        emit idChosen(id);
}

void PersonField::finishTyping()
{
    if (!m_typing)
        return;
    if (m_edit->text().trimmed().isEmpty()) {
        if (m_clearable)
            chooseId(QString());
        else
            putNameBack();
        return;
    }
    if (m_edit->hasFocus() && m_people->rowCount() > 0
        && m_people->search() == m_edit->text().simplified()) {
        // Enter takes the match on top, as the list shows it.
        const QModelIndex current = m_completer->popup()->currentIndex();
        chooseId(current.isValid() ? current.data(PeoplePickerModel::IdRole).toString()
                                   : m_people->index(0).data(PeoplePickerModel::IdRole).toString());
        return;
    }
    putNameBack();
}

void PersonField::putNameBack()
{
    m_typing = false;
    m_completer->popup()->hide();
    m_people->setSearch(QString());
    showPerson();
}

void PersonField::copyId()
{
    if (!m_id.isEmpty())
        QGuiApplication::clipboard()->setText(m_id);
}

void PersonField::openInClose()
{
    const QUrl url = m_people->closeUrl(m_id);
    if (!url.isValid() || QDesktopServices::openUrl(url))
        return;
    // No browser to open it in: the address goes on the clipboard instead, and that is said.
    QGuiApplication::clipboard()->setText(url.toString());
    m_problem->setText(
        tr("No web browser opened %1; the address is on the clipboard.").arg(url.toString()));
    m_problem->show();
}

void PersonField::showContextMenu(const QPoint &at)
{
    QMenu *menu = m_edit->createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *first = menu->actions().value(0);
    menu->insertActions(first, m_menu->actions());
    menu->insertSeparator(first);
    menu->popup(m_edit->mapToGlobal(at));
}

bool PersonField::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
    case QEvent::ToolTipChange:
    case QEvent::StyleChange:
        describe(); // the form names the field and marks Close's errors on it
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

bool PersonField::eventFilter(QObject *watched, QEvent *event)
{
    const bool key = event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride;
    if (!key || !m_typing)
        return QWidget::eventFilter(watched, event);
    const auto *press = static_cast<QKeyEvent *>(event);
    if (press->key() != Qt::Key_Escape || press->modifiers() != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    // Escape while choosing puts the name back; once it shows, the form's Escape takes the
    // field back to Close's value.
    event->accept();
    if (event->type() == QEvent::KeyPress)
        putNameBack();
    return true;
}
