#include "LanguageMenu.h"

#include "domain/Translations.h"

#include <QActionGroup>
#include <QLocale>

namespace Kingside {

namespace {

// A language in its own words, capitalised as a menu entry ("Deutsch", "Français").
QString nativeName(const QString &language)
{
    const QLocale locale(language);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : locale.toUpper(name.left(1)) + name.mid(1);
}

} // namespace

LanguageMenu::LanguageMenu(const QStringList &languages, QWidget *parent)
    : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("menuLanguage"));
    m_group->setExclusive(true);
    const auto add = [this](const QString &language, const QString &text, const QString &tip) {
        QAction *action = addAction(text);
        action->setObjectName(language.isEmpty() ? QStringLiteral("actionLanguage_system")
                                                 : QStringLiteral("actionLanguage_") + language);
        action->setCheckable(true);
        action->setData(language);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language, text] {
            Translations::setChosenLanguage(language);
            emit chosen(language, QString(text).remove(QLatin1Char('&')));
        });
    };
    add({}, tr("&System Default (%1)").arg(nativeName(QLocale::system().name())),
        tr("Follow the language of the desktop, from the next start"));
    addSeparator();
    add(QStringLiteral("en"), QStringLiteral("English"),
        tr("Show Kingside in English from the next start"));
    for (const QString &language : languages) {
        if (language == QLatin1String("en"))
            continue;
        add(language, nativeName(language),
            tr("Show Kingside in %1 from the next start").arg(nativeName(language)));
    }
    connect(this, &QMenu::aboutToShow, this, &LanguageMenu::markChosen);
    markChosen();
}

QAction *LanguageMenu::entryFor(const QString &language) const
{
    for (QAction *action : m_group->actions())
        if (action->data().toString() == language)
            return action;
    return nullptr;
}

void LanguageMenu::markChosen()
{
    QAction *chosen = entryFor(Translations::chosenLanguage());
    (chosen ? chosen : entryFor({}))->setChecked(true);
}

} // namespace Kingside
