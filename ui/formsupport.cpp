#include "formsupport.h"

#include "activitytablemodel.h"
#include "appearance.h"
#include "phonecheck.h"
#include "safehtml.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace FormSupport {

QString when(const QVariant &value)
{
    const QDateTime at = value.toDateTime();
    return ActivityTableModel::listTime(at.isValid() ? std::optional(at) : std::nullopt);
}

void setUpDateEdit(QDateTimeEdit *edit, const QString &toolTip)
{
    // Close may have no date: the earliest value stands for "not set".
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    edit->setSpecialValueText(QCoreApplication::translate("FormSupport", "Not set"));
    edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    edit->setToolTip(toolTip);
}

void showDate(QDateTimeEdit *edit, const QDateTime &at, bool editable)
{
    edit->setReadOnly(!editable);
    edit->setCalendarPopup(editable);
    const QSignalBlocker blocker(edit);
    if (!edit->hasFocus() || !editable)
        edit->setDateTime(at.isValid() ? at.toLocalTime() : edit->minimumDateTime());
}

QVariant pickedDate(const QDateTimeEdit *edit)
{
    const QDateTime at = edit->dateTime();
    return at == edit->minimumDateTime() ? QVariant() : QVariant(at);
}

void showAttachments(QListWidget *list, const QVariantList &files, bool has)
{
    const QSignalBlocker blocker(list);
    const int selected = list->currentRow();
    list->clear();
    for (const QVariant &file : files) {
        const QVariantMap m = file.toMap();
        const QString name = m.value(QStringLiteral("filename")).toString();
        const QString type = m.value(QStringLiteral("content_type")).toString();
        const qint64 size = m.value(QStringLiteral("size")).toLongLong();
        list->addItem(size > 0
                          ? QCoreApplication::translate("FormSupport", "%1 — %2, %3")
                                .arg(name, type, QLocale().formattedDataSize(size))
                          : QCoreApplication::translate("FormSupport", "%1 — %2").arg(name, type));
    }
    if (files.isEmpty())
        list->addItem(has ? QCoreApplication::translate("FormSupport", "No attachments")
                          : QString());
    list->setEnabled(!files.isEmpty());
    list->setCurrentRow(std::min(selected, int(files.size()) - 1));
}

QString showPhoneCheck(QLabel *info, const QString &number, const QString &missing)
{
    if (number.isEmpty()) {
        info->setText(missing);
        info->setStyleSheet(QString());
        return {};
    }
    const PhoneCheck check = PhoneCheck::check(number);
    const QString country = QLocale::territoryToString(QLocale::codeToTerritory(check.countryIso));
    info->setText(
        check.valid
            ? QCoreApplication::translate("FormSupport", "%1 · %2").arg(check.formatted, country)
            : check.problem);
    info->setStyleSheet(check.valid ? QString() : Appearance::errorText());
    return check.valid ? QString() : check.problem;
}

void markFields(const QList<QWidget *> &widgets, const QMap<QString, QString> &problems)
{
    for (QWidget *widget : widgets) {
        const QString message = problems.value(widget->property(fieldProperty).toString());
        widget->setToolTip(SafeHtml::plainTip(message));
        widget->setAccessibleDescription(message);
        widget->setStyleSheet(message.isEmpty() ? QString() : Appearance::errorBorder());
    }
}

void listFieldErrors(const QMap<QString, QString> &errors, const QMap<QString, QString> &titles,
                     QLabel *summary)
{
    QStringList lines;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        // A field the form has no title for is not named by its wire key: the message alone.
        const QString title = titles.value(it.key());
        lines
            << (title.isEmpty()
                    ? it.value()
                    : QCoreApplication::translate("FormSupport", "%1: %2").arg(title, it.value()));
    }
    summary->setText(lines.join(QLatin1Char('\n')));
    summary->setStyleSheet(Appearance::errorText()); // as the palette is now, light or dark
    summary->setVisible(!lines.isEmpty());
}

void layOutWorkspace(QWidget *workspace, QSplitter *splitter, QWidget *list, QWidget *form)
{
    splitter->addWidget(list);
    splitter->addWidget(form); // its fields scroll, its actions stay in view
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void showPlainText(std::initializer_list<QLabel *> labels)
{
    for (QLabel *label : labels)
        label->setTextFormat(Qt::PlainText);
}

namespace {

//! Passes the wheel over an unfocused field on to its parents (the form's scroll area).
class WheelPasser : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || widget->hasFocus())
            return false;
        event->ignore(); // QApplication offers an ignored wheel to the parents
        return true;
    }
};

} // namespace

void scrollPastUnfocused(QWidget *form)
{
    auto *passer = new WheelPasser(form);
    const auto fields = form->findChildren<QWidget *>();
    for (QWidget *field : fields) {
        if (!qobject_cast<QAbstractSpinBox *>(field) && !qobject_cast<QComboBox *>(field))
            continue;
        field->setFocusPolicy(Qt::StrongFocus); // not focused by the wheel either
        field->installEventFilter(passer);
    }
}

} // namespace FormSupport
