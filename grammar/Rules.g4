/*
 * The rule-file language (rules/*.rules). One statement per line:
 *
 *   [derivatives]                              a section header: derivatives | simplify
 *   define sigmoid(u) = 1/(1 + exp(-u))        a function defined by its formula
 *   product: u*v => D(u)*v + u*D(v)            a named rule: pattern => replacement
 *   power: u^n => n*u^(n-1)*D(u) if free(n)    ... with side conditions
 *   replace product: u*v => ...                replaces the rule of that name read before
 *   # a comment, to the end of the line
 *
 * The patterns and replacements are expressions of the expression language
 * (grammar/Expr.g4); this grammar only finds where each one starts and ends,
 * and the expression parser reads it, so both languages stay one.
 */
grammar Rules;

file        : (statement? NEWLINE)* statement? EOF ;
statement   : section | definition | ruleLine ;

section     : LBRACKET NAME RBRACKET ;
definition  : DEFINE NAME LPAREN NAME RPAREN EQUALS body=text ;
ruleLine    : REPLACE? label COLON lhs=text ARROW rhs=text (IF condition (COMMA condition)*)? ;
label       : NAME+ ;
condition   : NAME LPAREN NAME RPAREN ;

// expression text, handed to the expression parser
text        : piece+ ;
piece       : NAME | NUMBER | OPERATOR | LPAREN | RPAREN | COMMA ;

DEFINE      : 'define' ;
REPLACE     : 'replace' ;
IF          : 'if' ;
ARROW       : '=>' ;
EQUALS      : '=' ;
COLON       : ':' ;
COMMA       : ',' ;
LBRACKET    : '[' ;
RBRACKET    : ']' ;
LPAREN      : '(' ;
RPAREN      : ')' ;
NUMBER      : [0-9]+ ('.' [0-9]*)? ([eE] [+-]? [0-9]+)? | '.' [0-9]+ ([eE] [+-]? [0-9]+)? ;
NAME        : LETTER (LETTER | [0-9] | '_')* ;
OPERATOR    : '**' | [-+*/^] ;
COMMENT     : '#' ~[\r\n]* -> skip ;
NEWLINE     : '\r'? '\n' ;
WS          : [ \t]+ -> skip ;

fragment LETTER : [a-zA-Z] | [\p{L}] ;
