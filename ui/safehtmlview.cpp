#include "safehtmlview.h"

#include "safehtml.h"

#include <QDesktopServices>
#include <QImage>

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

QVariant SafeHtmlView::loadResource(int type, const QUrl &name)
{
    // Sanitized HTML asks for nothing; this holds even for HTML set some other way. An empty
    // answer is not enough: QTextDocument then reads local files itself, so every request gets
    // a blank stand-in.
    m_refused.append(name);
    emit resourceRefused(name);
    switch (type) {
    case QTextDocument::ImageResource: {
        QImage blank(1, 1, QImage::Format_ARGB32);
        blank.fill(Qt::transparent);
        return blank;
    }
    case QTextDocument::StyleSheetResource:
    case QTextDocument::HtmlResource:
    case QTextDocument::MarkdownResource:
        return QString(QLatin1String(""));
    default:
        return QByteArray("");
    }
}
