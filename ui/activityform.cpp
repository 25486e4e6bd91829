#include "activityform.h"

#include "activitytablemodel.h"
#include "appearance.h"
#include "conflictpanel.h"
#include "formdelegate.h"
#include "formsupport.h"

#include <QDataWidgetMapper>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QShortcut>

using FormSupport::fieldProperty;

ActivityForm::ActivityForm(ActivityTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_activities(model)
    , m_mapper(new QDataWidgetMapper(this))
    , m_conflicts(new ConflictPanel(model, this))
{
    m_mapper->setModel(model);
    m_mapper->setItemDelegate(new FormDelegate(m_mapper));
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);

    // Saving is safe from anywhere in the window (the list, the search, the conflict panel once
    // its button is gone): the form of the tab not shown is hidden, so its shortcut is off.
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this, this, [this] { save(); });
    saveShortcut->setContext(Qt::WindowShortcut);
    auto *escape
        = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &ActivityForm::putFieldBack);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    // Line edits, text edits and date edits claim Escape for themselves (and do nothing with
    // it): the fields are watched once the subclass has made them, so Escape reaches the form.
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (QWidget *child : findChildren<QWidget *>()) {
                if (child->property(fieldProperty).isValid())
                    child->installEventFilter(this);
            }
        },
        Qt::QueuedConnection);

    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                if (row() >= from.row() && row() <= to.row()) {
                    m_conflicts->showRow(row());
                    refresh();
                }
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_id.isEmpty() && m_activities->rowOf(m_id) < 0) {
            const QString gone = m_id;
            setCurrentRow(-1);
            m_goneId = gone;
            refresh();
        } else
            m_mapper->setCurrentIndex(row());
        m_conflicts->showRow(row());
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_conflicts->showRow(row()); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this] { m_mapper->setCurrentIndex(row()); });
}

void ActivityForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The banners' and links' colours are read from the palette when they are set. Queued: a
    // palette can change while the derived form is still being built.
    if (event->type() == QEvent::PaletteChange)
        QMetaObject::invokeMethod(
            this, [this] { refresh(); }, Qt::QueuedConnection);
}

bool ActivityForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            event->ignore(); // not the field's: the form's Escape shortcut takes it
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ActivityForm::putFieldBack()
{
    QWidget *focus = focusWidget();
    while (focus && !focus->property(fieldProperty).isValid())
        focus = focus->parentWidget();
    if (!focus || row() < 0)
        return;
    const QString field = focus->property(fieldProperty).toString();
    m_activities->revertField(row(), field);
    // What the field shows but had not become an edit yet (a date being typed) goes too.
    m_mapper->revert();
    if (auto *date = qobject_cast<QDateTimeEdit *>(focus)) {
        const QDateTime at = m_activities->field(row(), field).toDateTime();
        const QSignalBlocker blocker(date);
        date->setDateTime(at.isValid() ? at.toLocalTime() : date->minimumDateTime());
    }
    refresh();
}

int ActivityForm::row() const
{
    return m_id.isEmpty() ? -1 : m_activities->rowOf(m_id);
}

void ActivityForm::follow(int row)
{
    m_id = m_activities->idAt(row);
    if (row >= 0)
        m_goneId.clear();
    m_mapper->setCurrentIndex(row);
    m_conflicts->showRow(row);
}

void ActivityForm::showBanner(QLabel *banner, QString status, bool failed) const
{
    const int r = row();
    const QModelIndex index = m_activities->index(r, 0);
    if (r >= 0 && !index.data(ActivityTableModel::BusyRole).toBool()) {
        const QString error = index.data(ActivityTableModel::RowErrorRole).toString();
        if (!shownFieldErrors().isEmpty()) {
            status += QLatin1Char('\n') + tr("Close refused what is marked in red below.");
            failed = true;
        } else if (!error.isEmpty()) {
            status += QLatin1Char('\n') + error;
            failed = true;
        }
        // Waiting, unconfirmed and conflicting rows say so in their error and the conflict panel.
        if (m_activities->isRestored(r) && m_activities->conflictFields(r).isEmpty()
            && !m_activities->isUnconfirmed(r))
            status += QLatin1Char('\n')
                + tr("Restored: these edits from your last session were not saved yet. Save or "
                     "revert them.");
    }
    banner->setText(status);
    banner->setStyleSheet(failed ? Appearance::failureBanner() : Appearance::infoBanner());
}

void ActivityForm::map(QWidget *widget, const char *field, const QString &accessibleName)
{
    m_mapper->addMapping(widget, m_activities->fieldColumn(QString::fromLatin1(field)));
    widget->setProperty(fieldProperty, QString::fromLatin1(field));
    widget->setAccessibleName(accessibleName);
}

void ActivityForm::commit(QWidget *widget, const QVariant &value)
{
    const int r = row();
    if (r >= 0)
        m_activities->setField(r, widget->property(fieldProperty).toString(), value);
}

QMap<QString, QString> ActivityForm::shownFieldErrors() const
{
    QMap<QString, QString> shown;
    const int r = row();
    if (r < 0)
        return shown;
    const QVariantMap errors
        = m_activities->index(r, 0).data(ActivityTableModel::FieldErrorsRole).toMap();
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        shown.insert(it.key(), it.value().toString());
    return shown;
}

void ActivityForm::removeSelectedAttachment(QListWidget *list)
{
    const int r = row();
    const int which = list->currentRow();
    QVariantList files
        = r >= 0 ? m_activities->field(r, QStringLiteral("attachments")).toList() : QVariantList();
    if (which < 0 || which >= files.size())
        return;
    files.removeAt(which);
    commit(list, files);
}

void ActivityForm::revertRow()
{
    if (row() >= 0)
        m_activities->revert(row());
    m_mapper->revert();
}

void ActivityForm::confirmDelete(const QString &title, const QString &question,
                                 const std::function<void(int row)> &remove)
{
    auto *confirm = new QMessageBox(QMessageBox::Question, title, question,
                                    QMessageBox::Yes | QMessageBox::No, this);
    confirm->setObjectName(QStringLiteral("deleteConfirmation"));
    confirm->setTextFormat(Qt::PlainText); // the question names the message by its words
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setDefaultButton(QMessageBox::No); // a slip of Enter deletes nothing
    const QString id = m_id;
    connect(confirm, &QMessageBox::accepted, this, [this, id, remove] {
        const int r = m_activities->rowOf(id);
        if (r >= 0)
            remove(r);
    });
    confirm->open();
}

QMap<QString, QString> ActivityForm::fieldTitles() const
{
    QMap<QString, QString> titles;
    for (const auto &info : m_activities->fields())
        titles.insert(info.name, info.title);
    return titles;
}
