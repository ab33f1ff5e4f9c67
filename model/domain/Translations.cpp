#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Kingside::Translations {

namespace {
constexpr auto settingsKey = "interface/language";

// The compiled translations are resources of the model library (README "Translations").
const QString resourceDirectory = QStringLiteral(":/i18n");

bool installTranslator(const QLocale &locale, const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, file, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}
} // namespace

QStringList available()
{
    // Every kingside_<language>.qm embedded under :/i18n but English's, which only holds the
    // source language's plural forms: a language is offered once resources/CMakeLists.txt
    // lists its .ts file (README "Translations").
    QStringList languages;
    const QString prefix = QStringLiteral("kingside_");
    const QStringList files =
        QDir(resourceDirectory)
            .entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(prefix.size(), file.size() - prefix.size() - 3);
        if (!language.isEmpty() && language != QLatin1String("en"))
            languages.append(language);
    }
    return languages;
}

QString chosenLanguage()
{
    return QSettings().value(QLatin1String(settingsKey)).toString();
}

void setChosenLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(settingsKey));
    else
        settings.setValue(QLatin1String(settingsKey), language);
}

QString install(const QString &language)
{
    QString wanted = language.isEmpty() ? chosenLanguage() : language;
    const QLocale locale = wanted.isEmpty() ? QLocale::system() : QLocale(wanted);
    if (!wanted.isEmpty())
        QLocale::setDefault(locale);

    // English is the source, but its plural forms ("%n action(s)" → "1 action", "2 actions")
    // come from a translation of its own. Translators installed later are asked first.
    installTranslator(QLocale(QLocale::English), QStringLiteral("kingside"), resourceDirectory);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("en");
    const QString name = QLocale::languageToCode(locale.language());
    if (!available().contains(name))
        return QStringLiteral("en");
    installTranslator(locale, QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslator(locale, QStringLiteral("kingside"), resourceDirectory);
    return name;
}

} // namespace Kingside::Translations
