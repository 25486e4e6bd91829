#pragma once

#include <QTextBrowser>
#include <QUrl>

//! Shows message HTML that came from elsewhere without trusting it: the HTML is sanitized
//! (SafeHtml), the view loads no resource of any kind (no image, no style sheet, local or
//! remote), and a link opens only when clicked, and then only an http, https or mailto address,
//! in the system browser.
class SafeHtmlView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeHtmlView(QWidget *parent = nullptr);

    //! Sanitizes and shows `html`.
    void setMessageHtml(const QString &html);
    //! The resources the content asked for and did not get.
    QList<QUrl> refusedResources() const { return m_refused; }

signals:
    void resourceRefused(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QList<QUrl> m_refused;
};
