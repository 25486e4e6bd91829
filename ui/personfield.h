#pragma once

#include <QList>
#include <QWidget>

class PeoplePickerModel;
class QAction;
class QCompleter;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QToolButton;

//! A contact, lead or user field: it shows the person's name, and their id only on hover and
//! through Copy ID (its context menu and its "…" button); a lead opens in Close. Typing in it
//! lists the people whose names match (PeoplePickerModel, which asks Close as the rep pauses);
//! Enter or a click chooses, Escape puts the name back. Its value, `id`, is the user property a
//! QDataWidgetMapper fills; idChosen() is the rep's edit.
class PersonField : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString id READ id WRITE setId USER true)

public:
    explicit PersonField(PeoplePickerModel *people, QWidget *parent = nullptr);
    ~PersonField() override;

    QString id() const { return m_id; }
    //! Shows `id` by its name (unless the rep is in the middle of choosing someone).
    void setId(const QString &id);
    //! Read-only, it still shows the name, copies the id and opens the lead in Close.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    //! Whether the rep may leave the field empty (Clear, or erasing the name).
    void setClearable(bool clearable);
    //! One more entry in the field's menus (its "…" button and its context menu), enabled only
    //! while someone is chosen.
    void addPersonAction(QAction *action);
    void setPlaceholderText(const QString &text);

    //! The name shown (the id until Close told the name).
    QString shownText() const;
    QLineEdit *lineEdit() const { return m_edit; }
    PeoplePickerModel *picker() const { return m_people; }
    //! The list of matches, once the rep typed.
    QWidget *popup() const;

    void copyId();
    //! Opens the lead's page in Close (QDesktopServices), when Close gave one that may open.
    void openInClose();

signals:
    //! The rep chose someone, or none (an empty id).
    void idChosen(const QString &id);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPerson();
    void search(const QString &text);
    void showMatches();
    void choose(const QModelIndex &index);
    void chooseId(const QString &id);
    //! Enter or leaving the field: the match on top, none (erased), or the name back.
    void finishTyping();
    void putNameBack();
    void updateActions();
    void showContextMenu(const QPoint &at);
    //! What the rep hears and hovers: the field's own (a Close field error) and the person's.
    void describe();

    PeoplePickerModel *m_people;
    QLineEdit *m_edit;
    QToolButton *m_more;
    QMenu *m_menu;
    QLabel *m_problem;
    QCompleter *m_completer;
    QAction *m_copy;
    QAction *m_open;
    QAction *m_clear;
    QString m_id;
    QList<QAction *> m_personActions; //!< added by addPersonAction()
    bool m_clearable = true;
    bool m_typing = false; //!< the text is a search the rep is typing, not the name
};
