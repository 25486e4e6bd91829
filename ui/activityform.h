#pragma once

#include <QMap>
#include <QWidget>

#include <functional>

class ActivityTableModel;
class ConflictPanel;
class QDataWidgetMapper;
class QLabel;
class QListWidget;

//! What the SMS and WhatsApp forms do alike: follow one activity of the model by id (its row
//! moves as the list changes), map widgets to its fields through a QDataWidgetMapper, turn each
//! edit into a pending edit at once, Ctrl+S to save, Escape to put the field back to Close's.
class ActivityForm : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityForm(ActivityTableModel *model, QWidget *parent = nullptr);

    QString currentId() const { return m_id; }
    //! The activity the form showed until Close confirmed it gone (deleted), else empty.
    QString goneId() const { return m_goneId; }
    //! Shows the activity at `row` of the model (-1: none).
    virtual void setCurrentRow(int row) = 0;
    virtual void save() = 0;
    //! The field errors shown for the current activity: field -> message.
    QMap<QString, QString> shownFieldErrors() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    //! Shows what the model holds for the current activity (and what it allows).
    virtual void refresh() = 0;

    int row() const;
    //! Follows the activity at `row` (the mapper too).
    void follow(int row);
    //! The widget edits `field`; the mapper fills it.
    void map(QWidget *widget, const char *field, const QString &accessibleName);
    //! The widget's field takes `value` as a pending edit.
    void commit(QWidget *widget, const QVariant &value);
    //! Takes the attachment selected in `list` off the activity (a pending edit).
    void removeSelectedAttachment(QListWidget *list);
    //! Forgets the pending edits of the current activity.
    void revertRow();
    //! Asks (window-modal, No by default) whether to delete the current activity; `remove` gets
    //! its row once the rep says yes, if it is still there.
    void confirmDelete(const QString &title, const QString &question,
                       const std::function<void(int row)> &remove);
    //! Field name -> title, for messages.
    QMap<QString, QString> fieldTitles() const;
    //! Shows the current activity's conflicts with Close, if any (the form places it).
    ConflictPanel *conflictPanel() const { return m_conflicts; }
    //! Shows `status` (what the activity is and what the rep can do) in the form's banner, then
    //! what is wrong or special about it: Close's field errors or the row's last failure (in the
    //! banner's alarm colours, as `failed` asks too), edits restored from the last session.
    void showBanner(QLabel *banner, QString status, bool failed) const;

private:
    //! Escape: the field with the focus goes back to what Close has.
    void putFieldBack();

    ActivityTableModel *m_activities;
    QDataWidgetMapper *m_mapper;
    ConflictPanel *m_conflicts;
    QString m_id;
    QString m_goneId;
};
