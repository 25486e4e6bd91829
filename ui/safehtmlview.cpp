#include "safehtmlview.h"

#include "safehtml.h"

#include <QDesktopServices>

SafeHtmlView::SafeHtmlView(QWidget *parent)
    : QTextBrowser(parent)
{
    // QTextBrowser would follow links inside itself; only the system browser opens them here.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setTabChangesFocus(true);
    document()->setDefaultStyleSheet(
        QStringLiteral("code { font-family: monospace; } p { margin: 0 0 6px 0; }"));
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (SafeHtml::isOpenableLink(url))
            QDesktopServices::openUrl(url);
    });
}

void SafeHtmlView::setMessageHtml(const QString &html)
{
    setHtml(SafeHtml::sanitize(html));
}

QVariant SafeHtmlView::loadResource(int, const QUrl &name)
{
    // Sanitized HTML asks for nothing; this holds even for HTML set some other way.
    m_refused.append(name);
    emit resourceRefused(name);
    return {};
}
