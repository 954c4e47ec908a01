// The face other packages import: the whole pipeline. Lower layers are products of their own too,
// so a package that only needs tokens imports `RuNewsText` alone.
@_exported import RuNewsText
@_exported import RuNewsMorphology
@_exported import RuNewsEntities
@_exported import RuNewsHTML
@_exported import RuNewsArticle
