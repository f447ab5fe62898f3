// Round 20 probe, XML: PostgreSQL 15 docs 8.13 (xml type: input, DOCUMENT/CONTENT, xmloption,
// XMLPARSE / XMLSERIALIZE) and 9.15 (XML functions: xmlcomment, xmlconcat, xmlelement,
// xmlforest, xmlpi, xmlroot, xmlagg, IS DOCUMENT, XMLEXISTS, xml_is_well_formed*, xpath,
// xpath_exists, XMLTABLE, table/query mapping). A fake built without libxml must refuse these.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r20 geonet: xml: ');
const each = (exprs: readonly string[]) => {
  for (const expr of exprs) list.select(expr, expr);
};

each([
  "'<a>1</a>'::xml",
  "'<a>1</a>'::xml::text",
  "'plain text'::xml",
  "'<a>1</a><b/>'::xml",
  "'<a>'::xml",
  "'<a></b>'::xml",
  "''::xml",
  '\'<?xml version="1.0"?><a/>\'::xml',
  "'<a x=\"1\" y=''2''/>'::xml",
  "'<a>&amp;</a>'::xml",
  "'<a>&nope;</a>'::xml",
  "xml '<a/>'",
  "XMLPARSE (DOCUMENT '<book><title>Manual</title></book>')",
  "XMLPARSE (CONTENT 'abc<foo>bar</foo><bar>foo</bar>')",
  "XMLPARSE (DOCUMENT 'abc<foo>bar</foo>')",
  "XMLPARSE (DOCUMENT '<a/><b/>')",
  "XMLPARSE (CONTENT '<a>')",
  "XMLSERIALIZE (CONTENT '<a>1</a>'::xml AS text)",
  "XMLSERIALIZE (DOCUMENT '<a>1</a>'::xml AS varchar)",
  "XMLSERIALIZE (DOCUMENT 'abc'::xml AS text)",
  "xmlcomment('hello')",
  "xmlcomment('a--b')",
  "xmlcomment('ends-')",
  "xmlconcat('<abc/>', '<bar>foo</bar>')",
  'xmlconcat(\'<?xml version="1.1"?><foo/>\', \'<?xml version="1.1" standalone="no"?><bar/>\')',
  'xmlconcat(NULL, NULL)',
  'xmlelement(name foo)',
  "xmlelement(name foo, xmlattributes('xyz' as bar))",
  "xmlelement(name foo, xmlattributes(current_date > '2000-01-01' as bar), 'cont', 'ent')",
  'xmlelement(name "foo$bar", xmlattributes(\'xyz\' as "a&b"))',
  "xmlelement(name foo, xmlattributes('a' as x, 'b' as x))",
  "xmlelement(name foo, '<&>')",
  "xmlelement(name foo, xmlelement(name bar, 'x'))",
  'xmlelement(name foo, NULL)',
  'xmlelement(name foo, xmlattributes(NULL as bar))',
  "xmlelement(name foo, 1.5, true, '2020-01-02'::date)",
  "xmlelement(name foo, '2020-01-02 03:04:05'::timestamp)",
  "xmlelement(name foo, '\\x0102'::bytea)",
  "xmlforest('abc' AS foo, 123 AS bar)",
  'xmlforest(NULL AS foo, 1 AS bar)',
  'xmlforest(1, 2)',
  'xmlpi(name php, \'echo "hello world";\')',
  'xmlpi(name foo)',
  "xmlpi(name xml, 'x')",
  "xmlpi(name foo, 'a?>b')",
  "xmlroot(xmlparse(document '<?xml version=\"1.1\"?><content>abc</content>'), version '1.0', standalone yes)",
  "xmlroot('<a/>'::xml, version no value)",
  "'<a/>'::xml IS DOCUMENT",
  "'<a/><b/>'::xml IS DOCUMENT",
  "'text'::xml IS NOT DOCUMENT",
  'NULL::xml IS DOCUMENT',
  "xml_is_well_formed('<a>1</a>')",
  "xml_is_well_formed('<a>1</b>')",
  "xml_is_well_formed('abc')",
  'xml_is_well_formed_document(\'<pg:foo xmlns:pg="http://postgresql.org/stuff">bar</pg:foo>\')',
  'xml_is_well_formed_document(\'<pg:foo xmlns:pg="http://postgresql.org/stuff">bar</my:foo>\')',
  "xml_is_well_formed_document('abc')",
  "xml_is_well_formed_content('abc<a/>')",
  "xml_is_well_formed_content('<a>')",
  "xpath('/my:a/text()', '<my:a xmlns:my=\"http://example.com\">test</my:a>', ARRAY[ARRAY['my', 'http://example.com']])",
  "xpath('//b/text()', '<a><b>1</b><b>2</b></a>')",
  "xpath('//b', '<a><b>1</b><b>2</b></a>')",
  "xpath('count(//b)', '<a><b>1</b><b>2</b></a>')",
  "xpath('//b/@x', '<a><b x=\"7\"/></a>')",
  "xpath('//c', '<a><b>1</b></a>')",
  "xpath('//b[', '<a/>')",
  "xpath('', '<a/>')",
  "xpath('/a', 'not xml')",
  "(xpath('//b/text()', '<a><b>1</b><b>2</b></a>'))[2]::text",
  "xpath_exists('/my:a/text()', '<my:a xmlns:my=\"http://example.com\">test</my:a>', ARRAY[ARRAY['my', 'http://example.com']])",
  "xpath_exists('//c', '<a><b/></a>')",
  "XMLEXISTS('//town[text() = ''Toronto'']' PASSING BY VALUE '<towns><town>Toronto</town><town>Ottawa</town></towns>')",
  "XMLEXISTS('//town[text() = ''Paris'']' PASSING BY REF '<towns><town>Toronto</town></towns>')",
  "XMLEXISTS('//x' PASSING 'abc')",
  "pg_typeof('<a/>'::xml)",
  "'<a/>'::xml = '<a/>'::xml",
  "'<a/>'::xml::varchar(3)",
  "'<a/>'::text::xml",
  "array_to_string(xpath('//b/text()', '<a><b>x</b><b>y</b></a>')::text[], ',')",
]);

list.add('xmloption content default', ["SELECT 'abc'::xml AS v"]);
list.add('xmloption document refuses content', ['SET xmloption = document', "SELECT 'abc'::xml AS v"]);
list.add('xmloption document accepts document', ['SET xmloption = document', "SELECT '<a/>'::xml AS v"]);
list.add('xmloption shown', ['SET xmloption = document', 'SHOW xmloption']);
list.add('xmloption bad', ['SET xmloption = sideways']);
list.add('xmlbinary hex', ['SET xmlbinary = hex', "SELECT xmlelement(name b, '\\xdeadbeef'::bytea) AS v"]);
list.add('xmlagg ordered', [
  "SELECT xmlagg(x ORDER BY n DESC) AS v FROM (VALUES (1, '<a/>'::xml), (2, '<b/>'::xml)) t(n, x)",
]);
list.add('xmlagg null only', ['SELECT xmlagg(NULL::xml) AS v']);
list.add('xmlagg of elements', ['SELECT xmlagg(xmlelement(name n, g)) AS v FROM generate_series(1, 3) g']);
list.add('xmlelement from table', [
  'CREATE TABLE people (id int, name text)',
  "INSERT INTO people VALUES (1, 'Ann'), (2, 'B<o>b')",
  'SELECT xmlelement(name person, xmlattributes(id), name) AS v FROM people ORDER BY id',
]);
list.add('xmlforest from table', [
  'CREATE TABLE people (id int, name text)',
  "INSERT INTO people VALUES (1, 'Ann')",
  'SELECT xmlforest(id, name) AS v FROM people',
]);
list.add('xml column insert and read', [
  'CREATE TABLE docs (d xml)',
  "INSERT INTO docs VALUES ('<a>1</a>'), ('text')",
  'SELECT d::text AS v FROM docs ORDER BY 1',
]);
list.add('xml column bad', ['CREATE TABLE docs (d xml)', "INSERT INTO docs VALUES ('<a>')"]);
list.add('xml column equality refused', [
  'CREATE TABLE docs (d xml)',
  "SELECT count(*) FROM docs WHERE d = '<a/>'",
]);
list.add('xml column order refused', ['CREATE TABLE docs (d xml)', 'SELECT d FROM docs ORDER BY d']);
list.add('xml parameter', [withParams('SELECT $1::xml AS v', '<a>1</a>')]);
list.add('xml parameter bad', [withParams('SELECT $1::xml AS v', '<a>')]);
list.add('xpath parameter', [
  withParams("SELECT xpath('//b/text()', $1::xml)::text AS v", '<a><b>z</b></a>'),
]);
list.add('xmltable basic', [
  `SELECT * FROM XMLTABLE('/rows/row' PASSING '<rows><row id="1"><name>a</name></row><row id="2"><name>b</name></row></rows>'::xml
     COLUMNS id int PATH '@id', name text PATH 'name', n FOR ORDINALITY)`,
]);
list.add('xmltable default and not null', [
  `SELECT * FROM XMLTABLE('/rows/row' PASSING '<rows><row><name>a</name></row></rows>'::xml
     COLUMNS name text PATH 'name', size int PATH 'size' DEFAULT 0, kind text PATH 'kind' DEFAULT 'x' NOT NULL)`,
]);
list.add('xmltable not null violated', [
  `SELECT * FROM XMLTABLE('/rows/row' PASSING '<rows><row/></rows>'::xml COLUMNS name text PATH 'name' NOT NULL)`,
]);
list.add('xmltable namespaces', [
  `SELECT * FROM XMLTABLE(XMLNAMESPACES('http://example.com/x' AS x), '/x:r/x:i' PASSING
     '<x:r xmlns:x="http://example.com/x"><x:i>1</x:i><x:i>2</x:i></x:r>'::xml COLUMNS v int PATH '.')`,
]);
list.add('xmltable bad type', [
  `SELECT * FROM XMLTABLE('/r/i' PASSING '<r><i>x</i></r>'::xml COLUMNS v int PATH '.')`,
]);
list.add('xmltable multiple nodes for scalar', [
  `SELECT * FROM XMLTABLE('/r' PASSING '<r><i>1</i><i>2</i></r>'::xml COLUMNS v text PATH 'i')`,
]);
list.add('query_to_xml', ["SELECT query_to_xml('SELECT 1 AS a, ''x'' AS b', true, false, '')::text AS v"]);
list.add('table_to_xml', [
  'CREATE TABLE tx (a int, b text)',
  "INSERT INTO tx VALUES (1, 'x')",
  "SELECT table_to_xml('tx', false, false, '')::text AS v",
]);

export default list.cases;
