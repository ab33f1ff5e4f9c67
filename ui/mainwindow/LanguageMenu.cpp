#include "LanguageMenu.h"

#include "domain/Translations.h"

#include <QActionGroup>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>

namespace Kingside {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("menuLanguage"));
    auto *group = new QActionGroup(this);
    const QString chosen = Translations::chosenLanguage();
    auto add = [this, group, &chosen](const QString &text, const QString &language,
                                      const QString &hint) {
        QAction *action = addAction(text);
        action->setStatusTip(hint);
        action->setObjectName(QStringLiteral("actionLanguage_") +
                              (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == chosen);
        action->setData(language);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    };
    add(tr("&System Language"), QString(),
        tr("Speak the system's language from the next start, English where Kingside lacks it"));
    addSeparator();
    // Each language by its own name, as a speaker looks for it.
    add(QStringLiteral("English"), QStringLiteral("en"),
        tr("Speak %1 from the next start").arg(QStringLiteral("English")));
    for (const QString &language : Translations::available()) {
        QString name = QLocale(language).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        if (name.isEmpty())
            name = language;
        add(name, language, tr("Speak %1 from the next start").arg(name));
    }
    setStatusTip(tr("Choose the language of the window and the commands"));
}

void LanguageMenu::choose(const QString &language)
{
    if (language == Translations::chosenLanguage())
        return;
    Translations::setChosenLanguage(language);
    if (auto *window = qobject_cast<QMainWindow *>(parentWidget()))
        window->statusBar()->showMessage(
            tr("Kingside speaks the chosen language from its next start."), 15000);
}

} // namespace Kingside
