"""Given names common in the countries of the Russia–Ukraine war, as news writes them in Latin
letters: a first word from this list opens a person's name however the model typed it ("Nataliya
Rudyk", "Oleg Sentsov" taken for organisations). Written for this project rather than taken from a
library: gender-guesser is GPL-licensed, names-dataset weighs 55 MB, `names` holds only the US
census lists (no "Oleg", "Anatoly"), and probablepeople's person/company tagger called "Human Rights
Watch" a person and "Oleg Sentsov" a company. Spellings `fold` joins ("Oleksii" / "Oleksiy",
"Yuriy" / "Yuri") need one entry."""

from __future__ import annotations

from .entities import fold

GIVEN_NAMES = frozenset(fold(name) for name in """
Aleksandr Aleksandra Aleksei Aleksey Ales Alexei Alexey Aliaksandr Aliaksei Alina Alisa Alla
Alyona Anastasia Anastasiia Anatolii Anatoliy Anatoly Andrei Andrey Andrii Andriy Anna Anton
Arina Arkady Arseniy Arseny Artem Artyom Bogdan Bohdan Bohdana Borys Danylo Daria Darya Denys
Diana Dima Dmitriy Dmitry Dmytro Dzmitry Eduard Ekaterina Elena Elvira Evgenia Evgeniy Evgeny
Fedir Fyodor Galina Galyna Gennadiy Gennady Georgy Gleb Grigory Halyna Hanna Hennadiy Hlib
Hryhoriy Igor Ihar Ihor Ilia Illia Ilya Inna Irina Iryna Ivan Ivanna Katerina Kateryna
Khrystyna Kira Kirill Konstantin Kostiantyn Kostya Kostyantyn Ksenia Kseniya Kyrylo Larisa
Larysa Leonid Lesia Lesya Lidia Lidiya Lilia Liliya Liubov Liudmyla Lyubov Lyudmila Lyudmyla
Maksim Maksym Marianna Mariia Marina Mariya Marta Maryia Maryna Matvei Maxim Mikhail Milana
Misha Mykhailo Mykhaylo Mykola Myroslav Myroslava Nadezhda Nadia Nadiya Nastya Natalia Natalie
Nataliya Natalya Natasha Nazar Nikita Nikolai Nikolay Nina Oksana Oleg Oleh Oleksa Oleksandr
Oleksandra Oleksii Oleksiy Olena Olesya Olga Olha Orest Ostap Pasha Pavel Pavlo Petro Polina
Pyotr Raisa Rostislav Rostyslav Ruslan Ruslana Rustam Sasha Semen Semyon Sergei Sergey Sergiy
Serhii Serhiy Siarhei Sofia Sofiya Solomiia Stanislav Stanislava Stepan Svetlana Sviatlana
Sviatoslav Svitlana Svyatoslav Tamara Taras Tatiana Tatyana Tetiana Timur Uladzimir Uliana
Ulyana Vadim Vadym Valentin Valentina Valentyn Valentyna Valeria Valeriy Valery Vasily Vasyl
Vera Veronika Viktor Viktoria Viktoriya Vitalii Vitaliy Vitaly Vlad Vladislav Vladyslav
Volodimir Volodymyr Vova Vsevolod Vyacheslav Yana Yaroslav Yaroslava Yauhen Yegor Yehor
Yekaterina Yelena Yevgenia Yevgenii Yevgeniy Yevgeny Yevhen Yevheniia Yulia Yuliia Yuliya Yuri
Yurii Yuriy Yury Zhanna Zhenya Zinaida Zlata Zoya
""".split())
