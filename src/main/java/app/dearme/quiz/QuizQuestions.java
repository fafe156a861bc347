package app.dearme.quiz;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SPEC §15 quiz: five themes, four options each; every option maps to three trait words (never shown). */
final class QuizQuestions {

    record Option(String id, String text, List<String> traits) {
    }

    record Question(int id, String text, List<Option> options) {
        Optional<Option> option(String optionId) {
            return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
        }
    }

    static final List<Question> ALL = List.of(
            new Question(1, "오랜만에 아무 약속 없는 주말이 생겼어요. 어떻게 보내고 싶나요?", List.of(
                    new Option("a", "친구들에게 연락해서 같이 맛집이나 모임에 가요", List.of("사교적", "외향적", "활발함")),
                    new Option("b", "집에서 책을 읽거나 조용히 생각을 정리해요", List.of("내성적", "사색적", "차분함")),
                    new Option("c", "요즘 뜨는 동네나 처음 가 보는 곳을 탐험해요", List.of("호기심 많은", "모험적", "트렌디한")),
                    new Option("d", "등산이나 러닝처럼 몸을 움직이는 일을 해요", List.of("활동적", "건강 지향적", "에너지 넘치는")))),
            new Question(2, "친한 친구가 고민이 있다며 이야기를 꺼냈어요. 나는 보통…", List.of(
                    new Option("a", "끝까지 들어 주면서 마음을 먼저 알아줘요", List.of("공감 능력", "따뜻함", "경청하는")),
                    new Option("b", "상황을 정리하고 현실적인 해결책을 같이 찾아요", List.of("문제 해결 지향", "논리적", "실용적")),
                    new Option("c", "분위기를 풀어 주려고 웃긴 얘기로 기운을 북돋아요", List.of("유머러스", "긍정적", "밝은")),
                    new Option("d", "비슷했던 내 경험을 솔직하게 털어놓아요", List.of("공유하는", "연대감 있는", "솔직한")))),
            new Question(3, "새로운 일이나 프로젝트를 맡게 되었을 때, 가장 먼저 하는 일은?", List.of(
                    new Option("a", "일정과 할 일 목록부터 꼼꼼히 세워요", List.of("계획적", "신중한", "체계적")),
                    new Option("b", "일단 시작하고 하면서 방향을 잡아요", List.of("즉흥적", "유연한", "실행력 있는")),
                    new Option("c", "함께할 사람들과 먼저 이야기를 나눠요", List.of("협력적", "소통하는", "열린 마음")),
                    new Option("d", "관련 자료와 사례부터 깊이 파고들어요", List.of("분석적", "꼼꼼한", "연구하는")))),
            new Question(4, "스트레스가 잔뜩 쌓인 날, 나를 달래는 방법은?", List.of(
                    new Option("a", "누군가를 만나 실컷 이야기하며 털어내요", List.of("개방적", "관계 지향적", "표현적")),
                    new Option("b", "혼자만의 시간을 가지며 마음을 들여다봐요", List.of("자기 성찰적", "독립적", "내면 지향")),
                    new Option("c", "그림, 음악, 글쓰기처럼 무언가에 푹 빠져요", List.of("창의적", "몰입하는", "열정적")),
                    new Option("d", "맛있는 걸 먹고 푹 자는 게 최고예요", List.of("본능적", "단순한", "자기 돌봄")))),
            new Question(5, "살면서 가장 놓치고 싶지 않은 것은 무엇인가요?", List.of(
                    new Option("a", "사랑하는 가족과 소중한 사람들", List.of("관계 중시", "사랑이 많은", "가족 지향")),
                    new Option("b", "어제보다 나아지는 나 자신", List.of("성장 지향", "야망 있는", "자기 계발")),
                    new Option("c", "지금 이 순간의 작은 행복들", List.of("현재 지향적", "감사하는", "소확행")),
                    new Option("d", "새로운 경험과 자유로운 삶", List.of("모험심", "도전적", "자유로운")))));

    static final Map<Integer, Question> BY_ID = Map.of(1, ALL.get(0), 2, ALL.get(1), 3, ALL.get(2), 4, ALL.get(3),
            5, ALL.get(4));

    private QuizQuestions() {
    }
}
